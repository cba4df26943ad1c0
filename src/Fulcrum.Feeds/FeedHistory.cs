namespace Fulcrum.Feeds;

/// <summary>Which of a feed's listed files a history range takes, and where the feed has none.</summary>
public static class FeedHistory
{
    /// <summary>Whether an entry is an event export published on a day from <paramref name="from"/> to <paramref name="to"/> (UTC).</summary>
    public static bool InRange(FeedEntry entry, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.IsExport && entry.Stamp is { } t && DateOnly.FromDateTime(t) is var day && day >= from && day <= to;
    }

    /// <summary>
    /// The times in the range at the feed's cadence that no entry stands for, up to the newest
    /// entry the list holds (later files are not published yet, not missing). With no entry at all,
    /// the whole range at <paramref name="cadence"/>.
    /// </summary>
    public static IReadOnlyList<FeedGap> Gaps(IReadOnlyList<FeedEntry> entries, DateOnly from, DateOnly to, DateTime? newestListed, TimeSpan? cadence = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var step = cadence ?? entries.Select(e => e.Cadence).FirstOrDefault(c => c is not null) ?? TimeSpan.FromMinutes(15);
        var first = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var last = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1) - step;
        if (newestListed is { } n && n < last) last = n;
        return FeedGap.Find(entries.Select(e => e.Stamp).OfType<DateTime>(), first, last, step);
    }
}
