using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb;

/// <summary>Opens DuckDB stores: a location is a file path.</summary>
public sealed class DuckDbEventStoreFactory(TimeProvider time) : IEventStoreFactory
{
    public bool Exists(string location) => File.Exists(location);

    public Task<Checked<IEventStore>> OpenAsync(string location, StoreAccess access, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var opened = DuckDbEventStore.Open(location, new DuckDbStoreOptions { ReadOnly = access == StoreAccess.ReadOnly }, time);
        return Task.FromResult(opened.Value is { } s ? Checked<IEventStore>.Success(s) : Checked<IEventStore>.Failure(opened.Problems));
    }
}
