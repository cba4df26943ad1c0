using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;

namespace Fulcrum.Detection.Reading.Internal;

/// <summary>
/// Turns raw points into series: rows in any order are sorted by date; a date given twice for
/// one series is a problem; the period is inferred from the dates; gaps are handled by policy.
/// </summary>
internal static class SeriesAssembly
{
    public static SeriesSet? Build(string source, List<RawPoint> points, DateGrain grain, SeriesReadOptions options, ProblemList problems)
    {
        var groups = points.GroupBy(p => p.Series, StringComparer.Ordinal).ToList();
        var period = InferPeriod(grain, points);
        var first = points.Min(p => p.Date);
        var last = points.Max(p => p.Date);
        if (options.Gaps == GapPolicy.Zero && TooManyToFill(groups.Count, period, first, last, problems)) return null;
        var series = new List<Series>();
        foreach (var group in groups)
            if (One(source, group.Key, group, period, first, last, options, problems) is { } built) series.Add(built);
        return problems.Any ? null : new SeriesSet(source, period, series);
    }

    /// <summary>The period of a file's points, inferred from all their dates.</summary>
    public static Period PeriodOf(DateGrain grain, List<RawPoint> points) => InferPeriod(grain, points);

    /// <summary>
    /// One series of a file, checked alone (its dates given once, its gaps by <paramref name="options"/>);
    /// zeros fill from the file's first date <paramref name="first"/> to its last <paramref name="last"/>. Null with the problems recorded.
    /// </summary>
    public static Series? One(string source, string name, IEnumerable<RawPoint> points, Period period, DateOnly first, DateOnly last,
        SeriesReadOptions options, ProblemList problems)
    {
        var group = points.ToList();
        var before = problems.Count;
        CheckDuplicates(name, group, problems);
        if (problems.Count > before) return null;
        if (options.Gaps == GapPolicy.Zero && TooManyToFill(1, period, first, last, problems)) return null;
        var sorted = group.Where(p => p.Value is not null).OrderBy(p => p.Date).ToList();
        return options.Gaps switch
        {
            GapPolicy.Zero => FillZeros(name, sorted, period, first, last, source, options.Polarity),
            GapPolicy.Skip => Make(name, sorted, period, source, options.Polarity),
            _ => RefuseGaps(name, sorted, period, source, options.Polarity, problems),
        };
    }

    private static void CheckDuplicates(string name, List<RawPoint> group, ProblemList problems)
    {
        foreach (var same in group.GroupBy(p => p.Date).Where(g => g.Count() > 1))
        {
            var lines = same.Select(p => p.Line).ToList();
            problems.Add(lines[1], 1, $"series '{name}' has date {same.Key:yyyy-MM-dd} twice (lines {string.Join(", ", lines)})",
                "keep one row per series and date; if the rows are parts of one total, add them up first");
        }
    }

    /// <summary>
    /// Day-stamped files are daily unless every date falls on one weekday (weekly data) or on the
    /// first of a month (monthly data written as full dates) or on 1 January (yearly data).
    /// </summary>
    private static Period InferPeriod(DateGrain grain, List<RawPoint> points)
    {
        if (grain == DateGrain.Year) return Period.Year;
        if (grain == DateGrain.Month) return Period.Month;
        var dates = points.Select(p => p.Date).Distinct().ToList();
        if (dates.Count < 2) return Period.Day;
        if (dates.All(d => d.Month == 1 && d.Day == 1)) return Period.Year;
        if (dates.All(d => d.Day == 1)) return Period.Month;
        return dates.All(d => d.DayOfWeek == dates[0].DayOfWeek) ? Period.Week : Period.Day;
    }

    private static Series Make(string name, List<RawPoint> sorted, Period period, string source, Polarity polarity) =>
        new(name, period, sorted.Select(p => p.Date), sorted.Select(p => p.Value!.Value), source, polarity);

    /// <summary>The most points filling gaps with zeros may make, over every series of a file (about 250 MB of values and dates).</summary>
    public const long MaxFilledPoints = 20_000_000;

    /// <summary>Records a problem when zeros over the file's whole date range would make more than <see cref="MaxFilledPoints"/> points.</summary>
    private static bool TooManyToFill(int series, Period period, DateOnly first, DateOnly last, ProblemList problems)
    {
        var points = (long)series * (period.Steps(first, last) + 1L);
        if (points <= MaxFilledPoints) return false;
        problems.Add(0, 0,
            $"filling missing {period.Noun()}s with zeros from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} would make {points:N0} points ({series:N0} series); at most {MaxFilledPoints:N0} can be read",
            "check the dates (a stray year makes the range long), or leave the missing periods out instead of filling them");
        return true;
    }

    private static Series FillZeros(string name, List<RawPoint> sorted, Period period, DateOnly first, DateOnly last, string source, Polarity polarity)
    {
        var byDate = sorted.ToDictionary(p => p.Date, p => p.Value!.Value);
        // Counted, not stepped until past the last date: the step after the last may not be a date.
        var steps = period.Steps(first, last);
        var dates = new List<DateOnly>(steps + 1);
        for (var k = 0; k <= steps; k++) dates.Add(period.Add(first, k));
        return new Series(name, period, dates, dates.Select(d => byDate.GetValueOrDefault(d)), source, polarity);
    }

    private static Series? RefuseGaps(string name, List<RawPoint> sorted, Period period, string source, Polarity polarity, ProblemList problems)
    {
        if (sorted.Count == 0)
        {
            problems.Add(0, 0, $"series '{name}' has no values", "give it values, or leave it out of the file");
            return null;
        }
        var missing = 0;
        DateOnly? firstMissing = null;
        var line = 0;
        for (var i = 1; i < sorted.Count; i++)
        {
            var steps = period.Steps(sorted[i - 1].Date, sorted[i].Date);
            if (steps <= 1) continue;
            missing += steps - 1;
            if (firstMissing is null) (firstMissing, line) = (period.Next(sorted[i - 1].Date), sorted[i].Line);
        }
        if (missing == 0) return Make(name, sorted, period, source, polarity);
        var noun = period.Noun();
        problems.Add(line, 1,
            $"series '{name}' misses {missing} {noun}{(missing == 1 ? "" : "s")} between {sorted[0].Date:yyyy-MM-dd} and {sorted[^1].Date:yyyy-MM-dd}, the first {firstMissing:yyyy-MM-dd}",
            $"say what a missing {noun} means: {{gaps}} zero if nothing happened (event counts and sums), {{gaps}} skip to run on the points present");
        return null;
    }
}
