using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Stores;

/// <summary>How services open the store a request names.</summary>
internal static class StoreOpener
{
    /// <summary>
    /// The store for a case that <paramref name="needed"/> it, read-only: a named store must open; the
    /// default one is opened when it exists. Null when not needed or when there is none (what reads
    /// it then says the store is not open).
    /// </summary>
    public static async Task<Checked<OpenedStore>> ForCaseAsync(IEventStoreFactory factory, StoreRef? store, bool needed, CancellationToken cancellationToken)
    {
        if (!needed || store is null || (!store.Named && !factory.Exists(store.Location)))
            return Checked<OpenedStore>.Success(OpenedStore.None);
        return await OpenAsync(factory, store.Location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store at <paramref name="location"/>, which must open.</summary>
    public static async Task<Checked<OpenedStore>> OpenAsync(IEventStoreFactory factory, string location, StoreAccess access, CancellationToken cancellationToken)
    {
        var opened = await factory.OpenAsync(location, access, cancellationToken).ConfigureAwait(false);
        return opened.Value is { } s ? Checked<OpenedStore>.Success(new OpenedStore(s)) : Checked<OpenedStore>.Failure(opened.Problems);
    }
}

/// <summary>A store a service opened (or none), disposed when the request is done.</summary>
internal sealed class OpenedStore(IEventStore? store, bool owned = true) : IDisposable
{
    public static OpenedStore None => new(null);

    /// <summary>A store someone else opened and will close.</summary>
    public static OpenedStore Borrow(IEventStore? store) => new(store, owned: false);

    public IEventStore? Store { get; } = store;

    public void Dispose()
    {
        if (owned) Store?.Dispose();
    }
}
