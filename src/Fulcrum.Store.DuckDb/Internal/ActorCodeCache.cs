namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The store's actor country codes for one ledger state (the ledger's last ingest ID: every
/// committed file raises it; a rolled-back one leaves it and the events as they were). Shared by
/// the stores over one held instance; thread-safe.
/// </summary>
internal sealed class ActorCodeCache
{
    private readonly Lock _gate = new();
    private (long State, IReadOnlySet<string> Codes)? _known;

    public IReadOnlySet<string> Get(long state, Func<IReadOnlySet<string>> scan)
    {
        lock (_gate)
            if (_known is { } k && k.State == state) return k.Codes;
        var codes = scan();
        lock (_gate) _known = (state, codes);
        return codes;
    }
}
