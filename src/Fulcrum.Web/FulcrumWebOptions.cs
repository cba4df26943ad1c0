using System.Net;
using Fulcrum.App.Cases;
using Fulcrum.App.Loop;
using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;

namespace Fulcrum.Web;

/// <summary>What a server serves: one case and its event store, where it listens, the token a client must present, and the loop it may run.</summary>
/// <param name="Case">The case every view examines.</param>
/// <param name="Store">The event store for the case's data and its journal; null when the case needs none.</param>
public sealed record FulcrumWebOptions(CaseRef Case, StoreRef? Store)
{
    /// <summary>Addresses to listen on (Kestrel's URL syntax); loopback by default, so nothing is exposed unless asked.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>A bearer token every request must carry (header <c>Authorization: Bearer …</c>, or the page's cookie); null: none needed.</summary>
    public string? Token { get; init; }

    /// <summary>The loop to run inside the server (<c>serve --watch FEED</c>); each entry it journals is pushed to open pages. Null: none.</summary>
    public WatchRequest? Watch { get; init; }

    /// <summary>
    /// Whether the server draws the first view (the balance sheet) once in the background as it
    /// starts, so the first page does not wait for the shipped data to be read and the code to be
    /// compiled (<c>serve</c> does; in-process tests need not).
    /// </summary>
    public bool WarmUp { get; init; }

    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Subjects of the server's own settings (the CLI names them as its flags).</summary>
    public const string UrlsSubject = "urls";
    public const string TokenSubject = "token";

    /// <summary>
    /// What is wrong before listening: an address that is not http(s), or one beyond this machine
    /// (not loopback) without a token, which would expose the case and its data to the network.
    /// </summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        if (Token is { } t && (t.Length < 8 || t.Any(char.IsWhiteSpace)))
            problems.Add(Problem.About(TokenSubject, "the token is shorter than 8 characters or holds spaces", "give a longer token without spaces, e.g. from 'openssl rand -hex 16'"));
        foreach (var url in Urls)
        {
            // Kestrel's wildcards (http://*:80, http://+:80) are every address: parse them as 0.0.0.0.
            var parsed = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                problems.Add(Problem.About(UrlsSubject, $"'{url}' is not an http or https address", $"give e.g. {DefaultUrl}"));
            else if (!IsLoopback(uri.Host) && Token is null)
                problems.Add(Problem.About(UrlsSubject, $"'{url}' listens beyond this machine, and no token is set",
                    "give a token (every request must then carry it), or listen on 127.0.0.1"));
        }
        return problems;
    }

    /// <summary>localhost, 127.0.0.0/8 and ::1; a wildcard (*, +, 0.0.0.0, [::]) or any other host is not.</summary>
    internal static bool IsLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
