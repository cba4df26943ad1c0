using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb;

/// <summary>
/// DuckDB stores for a long-running host (<c>fulcrum serve</c>): one database instance per file is
/// kept open, and each <see cref="OpenAsync"/> gets a store over a connection of its own to it, so
/// a request pays a connect (microseconds), not the file's open and checks (~65 ms on a 10M-event
/// store). The first open of a file runs the checks a plain open runs (schema; for a writable
/// instance the removal of an interrupted ingest's rows), once; closing a share closes only its
/// connection. Held writable, readers and writers of this process share ONE instance (DuckDB will
/// not open a file twice in different modes); held read-only, a writable open is refused.
/// <para>
/// Other processes: a file held writable can be neither read nor written by another process; held
/// read-only, others may read it but not write it. So an instance no share has used for
/// <see cref="IdleRelease"/> is closed (the owner checkpoints it first), and opened again by the
/// next request: another terminal's <c>fulcrum ingest</c> works while the page is idle.
/// </para>
/// </summary>
public sealed class HeldDuckDbStores : IEventStoreFactory, IDisposable, IAsyncDisposable
{
    private readonly Dictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly TimeProvider _time;
    private bool _disposed;

    /// <param name="time">The stores' clock, and the clock of the idle release.</param>
    /// <param name="writable">Hold instances writable (the host writes: <c>serve --watch</c>); false: read-only.</param>
    /// <param name="idleRelease">How long an instance stays open with no share; default <see cref="DefaultIdleRelease"/>.</param>
    public HeldDuckDbStores(TimeProvider time, bool writable, TimeSpan? idleRelease = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        Writable = writable;
        IdleRelease = idleRelease ?? DefaultIdleRelease;
        if (IdleRelease <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(idleRelease), idleRelease, "the idle release must be positive");
    }

    /// <summary>30 seconds: longer than the pauses between a page's requests, short enough that a wait for an ingest elsewhere is brief.</summary>
    public static TimeSpan DefaultIdleRelease { get; } = TimeSpan.FromSeconds(30);

    public bool Writable { get; }

    public TimeSpan IdleRelease { get; }

    /// <summary>How many files are held open now (tests; the idle release closes them).</summary>
    public int HeldCount
    {
        get
        {
            lock (_gate) return _held.Count;
        }
    }

    public bool Exists(string location) => File.Exists(location);

    /// <inheritdoc />
    /// <remarks>Writable stores take turns: a second writable open waits until the first is disposed (the web host's one writer is its loop).</remarks>
    /// <exception cref="EnvironmentFailureException">Another process holds the file, as for a plain open.</exception>
    public async Task<Checked<IEventStore>> OpenAsync(string location, StoreAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var readOnly = access == StoreAccess.ReadOnly;
        if (!readOnly && !Writable) throw new InvalidOperationException($"the stores are held read-only; a writable open of {location} needs a holder made writable");
        if (!readOnly) await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var shared = Share(location, readOnly);
            if (!shared.Ok && !readOnly) _writer.Release();
            return shared;
        }
        catch
        {
            if (!readOnly) _writer.Release();
            throw;
        }
    }

    private Checked<IEventStore> Share(string location, bool readOnly)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = Path.GetFullPath(location);
            if (!_held.TryGetValue(key, out var held))
            {
                var opened = OpenInstance(location, readOnly);
                if (opened.Value is not { } owner) return Checked<IEventStore>.Failure(opened.Problems);
                _held[key] = held = new Held(owner) { RemovedAtOpen = owner.InterruptedRowsRemoved };
            }
            var share = DuckDbEventStore.Share(held.Owner, location, readOnly, readOnly ? 0 : held.RemovedAtOpen, () => Released(key, held, readOnly));
            held.Idle?.Dispose();
            held.Idle = null;
            held.Shares++;
            if (!readOnly) held.RemovedAtOpen = 0; // told once, to the first writer, as a plain open tells its opener
            return Checked<IEventStore>.Success(share);
        }
    }

    /// <summary>
    /// The instance, opened as a plain open would be, with its checks. Held writable, a reader's first
    /// open opens it writable too, but only over a store that exists and is one (no store: the same
    /// problem as a read-only open).
    /// </summary>
    private Checked<DuckDbEventStore> OpenInstance(string location, bool readOnly)
    {
        if (!Writable) return DuckDbEventStore.Open(location, new DuckDbStoreOptions { ReadOnly = true }, _time);
        if (readOnly && !File.Exists(location)) return DuckDbEventStore.Open(location, new DuckDbStoreOptions { ReadOnly = true }, _time);
        return DuckDbEventStore.Open(location, new DuckDbStoreOptions { ExistingStoreOnly = readOnly }, _time);
    }

    private void Released(string key, Held held, bool readOnly)
    {
        lock (_gate)
        {
            held.Shares--;
            if (held.Shares == 0 && !held.Closed)
            {
                if (_disposed) Close(key, held);
                else held.Idle = _time.CreateTimer(_ => Expire(key, held), null, IdleRelease, Timeout.InfiniteTimeSpan);
            }
        }
        if (!readOnly) _writer.Release();
    }

    private void Expire(string key, Held held)
    {
        lock (_gate)
        {
            if (held.Shares == 0 && !held.Closed) Close(key, held);
        }
    }

    /// <summary>Closes the owner (checkpointing a writable instance); the instance closes with the last connection.</summary>
    private void Close(string key, Held held)
    {
        held.Closed = true;
        held.Idle?.Dispose();
        held.Idle = null;
        if (_held.TryGetValue(key, out var current) && current == held) _held.Remove(key);
        held.Owner.Dispose();
    }

    /// <summary>Closes every instance no share uses now; one still in use closes with its last share.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var (key, held) in _held.ToList())
                if (held.Shares == 0) Close(key, held);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>One open instance: the owner store (never handed out), its shares, the idle timer.</summary>
    private sealed class Held(DuckDbEventStore owner)
    {
        public DuckDbEventStore Owner { get; } = owner;
        public int Shares { get; set; }
        public ITimer? Idle { get; set; }
        public bool Closed { get; set; }
        public long RemovedAtOpen { get; set; }
    }
}
