using Fulcrum.App.Stores;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Identity;

/// <summary>
/// Exactly which data a run read: the event store's state (when it read the store), every series
/// source with the SHA-256 of its bytes, the source bindings in effect, and the last date the data reach.
/// </summary>
/// <param name="Store">The store's location and ledger position; null when no store was read.</param>
/// <param name="Series">Each series source read, in the order first read.</param>
/// <param name="Sources">The bindings that replaced the case's sources for this run.</param>
/// <param name="Through">The last date any of the data read reaches (null: none read).</param>
public sealed record DataRead(StoreRead? Store, IReadOnlyList<SeriesFileRead> Series, IReadOnlyList<SourceBinding> Sources, DateOnly? Through)
{
    public static DataRead None { get; } = new(null, [], [], null);
}
