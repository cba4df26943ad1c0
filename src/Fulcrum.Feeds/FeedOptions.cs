namespace Fulcrum.Feeds;

/// <summary>
/// How hard a feed is tried: attempts per file, the waits between them (doubling from
/// <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>: bounded, no unbounded retry), and how long
/// a transfer may go without a byte before it counts as stalled. Every wait is on the clock passed
/// to <see cref="FeedDownloader"/>, so a test with a fake clock waits for nothing.
/// </summary>
public sealed record FeedOptions
{
    public static FeedOptions Default { get; } = new();

    /// <summary>Tries per file (and per list) before it is reported as failed; default 4.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>The wait after the first failed try; default 2 s, then 4 s, 8 s, …</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between tries; default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A transfer with no byte for this long is stalled (cut and tried again); default 30 s.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest list read whole (a lastupdate.txt is three lines); default 256 MiB, GDELT's master list is about 200.</summary>
    public long MaxIndexBytes { get; init; } = 256L << 20;

    /// <summary>The wait before try <paramref name="next"/> (2, 3, …).</summary>
    public TimeSpan DelayBefore(int next)
    {
        var delay = FirstDelay;
        for (var i = 2; i < next && delay < MaxDelay; i++) delay += delay;
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
