using Fulcrum.App.Balance;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Balance;

namespace Fulcrum.App.Contracts;

/// <summary><c>balance</c> as JSON: the focal state's relation with each power, fast and slow, the tilt and the tolerance bands.</summary>
public sealed record BalanceContract(
    IdentityContract Identity, string Case, string Focal, IReadOnlyList<string> Powers, DateOnly AsOf, string? Tilt,
    TrackContract Fast, TrackContract Slow, IReadOnlyList<BandContract> Bands) : Contract
{
    public static BalanceContract Of(BalanceOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sheet = o.Sheet;
        return new(IdentityContract.Of(o.Identity), sheet.Case, sheet.Focal, sheet.Powers, sheet.AsOf,
            sheet.Powers.Count >= 2 ? $"z({sheet.Powers[0]}) - z({sheet.Powers[1]})" : null,
            TrackContract.Of(sheet.Fast, o.Aggregate == WeekAggregate.Mean ? "mean" : "sum"), TrackContract.Of(sheet.Slow, "mean"),
            [.. sheet.Bands.Select(b => new BandContract(b.Tolerance, b.Power, b.Name, b.Drawable, b.Relation, b.Below, b.Threshold, b.Note))]);
    }
}

/// <summary>One measure over time: its period, how days were aggregated, the baseline, each power's series, the rows.</summary>
public sealed record TrackContract(
    string Measure, Period Period, string Aggregate, int BaselinePoints, IReadOnlyList<TrackSeriesContract> Series,
    IReadOnlyList<BalanceRowContract> Rows, IReadOnlyList<string> Notes)
{
    public static TrackContract Of(RelationTrack t, string aggregate)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Measure, t.Period, aggregate, t.BaselinePoints,
            [.. t.Series.Select(s => new TrackSeriesContract(s.Power, s.Name, s.From, s.To, s.Missing, s.NoDataSince))],
            [.. t.Rows.Select(r => new BalanceRowContract(r.Date,
                r.Relations.ToDictionary(v => v.Power, v => new RelationValueContract(v.Value, v.Z, v.BaselineMean, v.BaselineSd), StringComparer.Ordinal),
                r.Tilt, r.Outside))],
            t.Notes);
    }
}

/// <summary>Which series a power's relation is read from, and its span (or why it is missing); no_data_since: the first period without data when it ends before as_of.</summary>
public sealed record TrackSeriesContract(string Power, string? Name, DateOnly? From, DateOnly? To, string? Missing, DateOnly? NoDataSince);

/// <summary>One period: each power's value and z-score, the tilt, the bands it lies outside.</summary>
public sealed record BalanceRowContract(DateOnly Date, IReadOnlyDictionary<string, RelationValueContract> Relations, double? Tilt, IReadOnlyList<string> Outside);

/// <summary>A power's value in a period, its z-score, and the trailing baseline it was measured against (null: no data).</summary>
public sealed record RelationValueContract(double? Value, double? Z, double? BaselineMean, double? BaselineSd);

/// <summary>A power's tolerance as a band on its relation (or why it cannot be drawn).</summary>
public sealed record BandContract(string Tolerance, string Power, string Name, bool Drawable, string? Relation, bool Below, double Threshold, string? Note);
