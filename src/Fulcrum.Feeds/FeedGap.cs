namespace Fulcrum.Feeds;

/// <summary>
/// Files a feed should have published and did not list (or that could not be downloaded): from
/// <paramref name="First"/> to <paramref name="Last"/>, <paramref name="Missing"/> of them at the
/// feed's cadence. A gap is noted, never a reason to stop: the store then has no data for those
/// times rather than zero events.
/// </summary>
public sealed record FeedGap(DateTime First, DateTime Last, int Missing)
{
    public string Sentence => Missing == 1
        ? $"no file for {First:yyyy-MM-dd HH:mm}"
        : $"no files for {First:yyyy-MM-dd HH:mm} to {Last:yyyy-MM-dd HH:mm} ({Missing})";

    /// <summary>
    /// The stamps at <paramref name="cadence"/> from <paramref name="from"/> to <paramref name="to"/>
    /// (both included) that are not in <paramref name="have"/>, as runs of consecutive stamps.
    /// </summary>
    public static IReadOnlyList<FeedGap> Find(IEnumerable<DateTime> have, DateTime from, DateTime to, TimeSpan cadence)
    {
        ArgumentNullException.ThrowIfNull(have);
        if (cadence <= TimeSpan.Zero || to < from) return [];
        var present = have.ToHashSet();
        var gaps = new List<FeedGap>();
        DateTime? start = null;
        var count = 0;
        var last = from;
        for (var t = from; t <= to; t += cadence)
        {
            if (!present.Contains(t))
            {
                start ??= t;
                count++;
                last = t;
            }
            else if (start is { } s)
            {
                gaps.Add(new FeedGap(s, last, count));
                (start, count) = (null, 0);
            }
        }
        if (start is { } open) gaps.Add(new FeedGap(open, last, count));
        return gaps;
    }
}
