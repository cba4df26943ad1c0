using System.Threading.Channels;

namespace Fulcrum.Web.Live;

/// <summary>
/// Tells every open page that a journal entry was written: each subscriber (one per server-sent
/// event stream) has its own small channel; a slow one loses the oldest notices, never blocks the loop.
/// </summary>
internal sealed class JournalUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Channel<JournalNotice>> _subscribers = [];

    public int Subscribers
    {
        get
        {
            lock (_gate) return _subscribers.Count;
        }
    }

    public void Publish(JournalNotice notice)
    {
        lock (_gate)
            foreach (var s in _subscribers) s.Writer.TryWrite(notice);
    }

    public ChannelReader<JournalNotice> Subscribe(CancellationToken until)
    {
        var channel = Channel.CreateBounded<JournalNotice>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _subscribers.Add(channel);
        until.Register(() =>
        {
            lock (_gate) _subscribers.Remove(channel);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }
}

/// <summary>A journal entry written: its id, as-of date and recommendation (what a page needs to decide to reload its views).</summary>
public sealed record JournalNotice(long Id, DateOnly AsOf, string? Recommendation);
