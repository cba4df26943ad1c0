namespace Fulcrum.Events.Store;

/// <summary>
/// Days the store's ingested files cover, first and last included: a GDELT file by the DATEADDED of
/// its rows (or, for a file with none, the date in its name), an ICEWS file by its event dates.
/// </summary>
public sealed record CoveredSpan(DateOnly First, DateOnly Last)
{
    /// <summary>Sorted spans merged where they overlap or touch: the days covered, as few spans as possible.</summary>
    public static IReadOnlyList<CoveredSpan> Merge(IEnumerable<CoveredSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var merged = new List<CoveredSpan>();
        foreach (var s in spans.OrderBy(s => s.First))
        {
            if (merged.Count > 0 && s.First.DayNumber <= merged[^1].Last.DayNumber + 1)
                merged[^1] = merged[^1] with { Last = s.Last > merged[^1].Last ? s.Last : merged[^1].Last };
            else merged.Add(s);
        }
        return merged;
    }
}

/// <summary>Questions about the days a store covers.</summary>
public static class Coverage
{
    /// <summary>Whether every day from <paramref name="first"/> to <paramref name="last"/> lies in one covered span.</summary>
    public static bool CoversAll(this StoreCoverage coverage, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return coverage.Spans.Any(s => s.First <= first && last <= s.Last);
    }

    /// <summary>
    /// The first uncovered day of the gap that holds <paramref name="day"/> (the day after the last
    /// covered span before it), or null when <paramref name="day"/> is covered or nothing before it is.
    /// </summary>
    public static DateOnly? NoDataSince(this StoreCoverage coverage, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        if (coverage.CoversAll(day, day)) return null;
        var before = coverage.Spans.LastOrDefault(s => s.Last < day);
        return before?.Last.AddDays(1);
    }
}
