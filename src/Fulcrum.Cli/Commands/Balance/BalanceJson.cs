using Fulcrum.Watch.Balance;

namespace Fulcrum.Cli.Commands.Balance;

/// <summary>The --json shape of <c>fulcrum balance</c> (snake_case through JsonOutput).</summary>
public static class BalanceJson
{
    public static object Of(BalanceSheet sheet, string aggregate) => new
    {
        @case = sheet.Case,
        focal = sheet.Focal,
        powers = sheet.Powers,
        as_of = sheet.AsOf,
        tilt = sheet.Powers.Count >= 2 ? $"z({sheet.Powers[0]}) - z({sheet.Powers[1]})" : null,
        fast = Track(sheet.Fast, aggregate),
        slow = Track(sheet.Slow, "mean"),
        bands = sheet.Bands.Select(b => new
        {
            tolerance = b.Tolerance,
            power = b.Power,
            name = b.Name,
            drawable = b.Drawable,
            relation = b.Relation,
            below = b.Below,
            threshold = b.Threshold,
            note = b.Note,
        }),
    };

    private static object Track(RelationTrack t, string aggregate) => new
    {
        measure = t.Measure,
        period = t.Period,
        aggregate,
        baseline_points = t.BaselinePoints,
        series = t.Series.Select(s => new { power = s.Power, name = s.Name, from = s.From, to = s.To, missing = s.Missing }),
        rows = t.Rows.Select(r => new
        {
            date = r.Date,
            relations = r.Relations.ToDictionary(v => v.Power, v => new { value = v.Value, z = v.Z, baseline_mean = v.BaselineMean, baseline_sd = v.BaselineSd }, StringComparer.Ordinal),
            tilt = r.Tilt,
            outside = r.Outside,
        }),
        notes = t.Notes,
    };
}
