using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.ClickHouse;

/// <summary>Opens ClickHouse stores: a location is a <c>clickhouse://</c> address (<see cref="ClickHouseLocation"/>).</summary>
public sealed class ClickHouseEventStoreFactory(TimeProvider time) : IEventStoreFactory
{
    /// <summary>A server counts as there; opening says whether it holds a store.</summary>
    public bool Exists(string location) => ClickHouseLocation.Names(location);

    public async Task<Checked<IEventStore>> OpenAsync(string location, StoreAccess access, CancellationToken cancellationToken = default)
    {
        var opened = await ClickHouseEventStore.OpenAsync(location, access == StoreAccess.ReadOnly, time, cancellationToken).ConfigureAwait(false);
        return opened.Value is { } s ? Checked<IEventStore>.Success(s) : Checked<IEventStore>.Failure(opened.Problems);
    }
}
