using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Store;

/// <summary>
/// The store factory a composition root registers: a location that starts with one of the
/// <paramref name="schemes"/> (<c>clickhouse://</c>) goes to that engine's factory, any other (a
/// file path) to <paramref name="files"/>.
/// </summary>
public sealed class SchemeStoreFactory(IEventStoreFactory files, params (string Scheme, IEventStoreFactory Factory)[] schemes) : IEventStoreFactory
{
    private IEventStoreFactory For(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        foreach (var (scheme, factory) in schemes)
            if (location.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase)) return factory;
        return files;
    }

    public bool Exists(string location) => For(location).Exists(location);

    public Task<Checked<IEventStore>> OpenAsync(string location, StoreAccess access, CancellationToken cancellationToken = default) =>
        For(location).OpenAsync(location, access, cancellationToken);
}
