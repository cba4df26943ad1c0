using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Internal;

namespace Fulcrum.Watch.Balance.Internal;

/// <summary>Builds one track of the balance sheet: cut at as_of, aggregate, standardise, align by date, tilt, bands.</summary>
internal static class TrackBuilder
{
    public static RelationTrack Build(RelationInput input, IReadOnlyList<string> powers, DateOnly asOf, int baselineDays,
        Period? by, WeekAggregate aggregate, BalanceOptions options, IReadOnlyList<ToleranceBand> bands)
    {
        var notes = new List<string>();
        var used = new List<(string Power, Series? Series, string? Missing)>();
        foreach (var power in powers)
        {
            var given = input.Series.FirstOrDefault(s => s.Power == power);
            var series = given?.Series is { } full ? CompletePeriods.Until(full, asOf) : null;
            var missing = given is null ? "not loaded" : given.Missing;
            if (series is not null && by is { } p && p != series.Period)
            {
                if (series.Period != Period.Day)
                {
                    missing = $"the series is {series.Period.Adjective()}; by {p.Noun()} needs a daily series";
                    series = null;
                }
                else series = p == Period.Week ? series.ToWeekly(aggregate) : series.ToMonthly(aggregate);
            }
            used.Add((power, series, series is null ? missing ?? "no series" : null));
        }
        var period = used.FirstOrDefault(u => u.Series is not null).Series?.Period ?? by ?? Period.Day;
        var window = options.BaselinePoints(period, baselineDays);
        var columns = new Dictionary<string, Dictionary<DateOnly, RelationValue>>(StringComparer.Ordinal);
        foreach (var (power, series, missing) in used)
        {
            columns[power] = [];
            if (series is null)
            {
                notes.Add($"{power}: no {input.Measure} series ({missing})");
                continue;
            }
            // A measure that is worse higher (ideal-point distance, conflict counts) is negated, so that above 0 always reads better.
            var sign = series.Polarity == Polarity.HigherIsWorse ? -1 : 1;
            // Each stretch of data gathers its own baseline: no z-score is computed across a gap of no data (the store's uncovered days).
            var z = series.Split().SelectMany(part => TrailingBaseline.Of(part.Values, window)).ToArray();
            for (var i = 0; i < series.Count; i++)
                columns[power][series.Dates[i]] = new RelationValue(power, series.Values[i], sign * z[i].Z, z[i].Mean, z[i].Sd);
            if (sign < 0) notes.Add($"{series.Name} is worse higher: its z is negated, so that above 0 is better");
            if (series.Count <= window)
                notes.Add($"{series.Name} has {Dates.Count(series.Count, period)} up to as_of; a {Dates.Span(window, period)} baseline needs {window + 1} to standardise one");
            if (NoDataSince(series, period, asOf) is { } gone)
                notes.Add($"{series.Name}: no data since {Dates.D(gone, period)} (the data end {Dates.D(series.Dates[^1], period)}, before as_of {asOf:yyyy-MM-dd}); nothing is shown after");
        }
        var rows = columns.Values.SelectMany(c => c.Keys).Distinct().Order()
            .Select(d => Row(d, powers, columns, bands)).ToList();
        var infos = used.Select(u => new RelationSeriesInfo(u.Power, u.Series?.Name,
            u.Series is { Count: > 0 } s ? s.Dates[0] : null, u.Series is { Count: > 0 } t ? t.Dates[^1] : null, u.Missing,
            u.Series is { } v ? NoDataSince(v, period, asOf) : null)).ToList();
        return new RelationTrack(input.Measure, period, window, infos, rows, notes);
    }

    /// <summary>The first period without data when the series ends before the as-of period, else null.</summary>
    private static DateOnly? NoDataSince(Series series, Period period, DateOnly asOf) =>
        series.Count > 0 && series.Dates[^1] < CompletePeriods.LastStart(period, asOf) ? period.Next(series.Dates[^1]) : null;

    private static BalanceRow Row(DateOnly date, IReadOnlyList<string> powers, Dictionary<string, Dictionary<DateOnly, RelationValue>> columns, IReadOnlyList<ToleranceBand> bands)
    {
        var values = powers.Select(p => columns[p].TryGetValue(date, out var v) ? v : new RelationValue(p, null, null, null, null)).ToList();
        double? tilt = values.Count >= 2 && values[0].Z is { } a && values[1].Z is { } b ? a - b : null;
        var outside = bands.Where(band => band.Drawable && values.FirstOrDefault(v => v.Power == band.Relation)?.Z is { } z
                && (band.Below ? z < band.Threshold : z > band.Threshold))
            .Select(band => band.Tolerance).ToList();
        return new BalanceRow(date, values, tilt, outside);
    }
}
