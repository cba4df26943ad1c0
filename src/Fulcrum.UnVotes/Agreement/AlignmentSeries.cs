using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.UnVotes.Agreement;

/// <summary>
/// A UN-vote alignment measure as a yearly <see cref="Series"/> for the change detectors: one
/// point per year (dated 1 January) with at least <see cref="MinimumVotes"/> common votes; other
/// years are left out, so the detectors run on the years present. Agreement measures are better
/// higher, ideal-point distance worse higher.
/// </summary>
public static class AlignmentSeries
{
    /// <summary>
    /// Fewest common votes for a year to enter the series (10). A measure over a handful of votes
    /// is noise: the one roll call of session 74 dated January 2020 would otherwise make 2020 a
    /// year of total agreement or total disagreement, and an alarm.
    /// </summary>
    public const int MinimumVotes = 10;

    public static Checked<Series> Build(UnVoteData data, AlignmentQuery query, AlignmentMeasure measure, string source = "")
    {
        // The ideal points are read (a further 0.2 s on first use) only for the measure that needs them.
        var withIdealPoints = measure == AlignmentMeasure.IdealPointDistance;
        var result = PairAlignment.Compute(data, query with { Grouping = AlignmentGrouping.Year, WithIdealPoints = withIdealPoints }, source);
        if (!result.Ok) return Checked<Series>.Failure(result.Problems);
        var points = result.Value!.Rows
            .Where(r => r.Year is not null && r.Votes >= MinimumVotes && r.ValueOf(measure) is not null)
            .Select(r => (Date: new DateOnly(r.Year!.Value, 1, 1), Value: r.ValueOf(measure)!.Value))
            .ToList();
        var name = $"{result.Value.A.Code}-{result.Value.B.Code} {measure.Name()}";
        if (points.Count == 0)
            return Checked<Series>.Failure([new Problem(source, 0, 0, $"{name}: no year with {MinimumVotes} or more common votes", "widen the years, or drop the important-votes and issue filters")]);
        var origin = query.ImportantOnly ? "unvotes:important" : "unvotes";
        return Checked<Series>.Success(new Series(name, Period.Year, points.Select(p => p.Date), points.Select(p => p.Value), origin, measure.Polarity()));
    }
}
