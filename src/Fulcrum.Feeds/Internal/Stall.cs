namespace Fulcrum.Feeds.Internal;

/// <summary>
/// A transfer's watchdog on the injected clock: <see cref="Token"/> is cancelled when
/// <see cref="Kick"/> has not been called for the stall timeout, or when the caller cancels.
/// </summary>
internal sealed class Stall : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;
    private readonly TimeSpan _timeout;

    public Stall(TimeSpan timeout, TimeProvider time, CancellationToken caller)
    {
        _timeout = timeout;
        _timer = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>Whether the watchdog (not the caller) cut the transfer.</summary>
    public bool Fired => _timer.IsCancellationRequested;

    /// <summary>Bytes arrived: the timeout starts again.</summary>
    public void Kick() => _timer.CancelAfter(_timeout);

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
