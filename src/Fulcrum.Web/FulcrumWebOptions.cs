using Fulcrum.App.Cases;
using Fulcrum.App.Stores;

namespace Fulcrum.Web;

/// <summary>What a server serves: one case and its event store, where it listens, and the token a client must present.</summary>
/// <param name="Case">The case every view examines.</param>
/// <param name="Store">The event store for the case's data and its journal; null when the case needs none.</param>
public sealed record FulcrumWebOptions(CaseRef Case, StoreRef? Store)
{
    /// <summary>Addresses to listen on (Kestrel's URL syntax); loopback by default, so nothing is exposed unless asked.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>A bearer token every API request must carry (header <c>Authorization: Bearer …</c>); null: none needed.</summary>
    public string? Token { get; init; }

    public const string DefaultUrl = "http://127.0.0.1:5080";
}
