using Fulcrum.Core.Problems;
using Fulcrum.Detection;

namespace Fulcrum.UnVotes.Agreement;

/// <summary>
/// A UN-vote alignment measure as a yearly <see cref="Series"/> for the change detectors: one
/// point per year (dated 1 January) with common votes; years with no data are left out, so the
/// detectors run on the years present. Agreement measures are better higher, ideal-point
/// distance worse higher.
/// </summary>
public static class AlignmentSeries
{
    public static Checked<Series> Build(UnVoteData data, AlignmentQuery query, AlignmentMeasure measure, string source = "")
    {
        var result = PairAlignment.Compute(data, query with { Grouping = AlignmentGrouping.Year }, source);
        if (!result.Ok) return Checked<Series>.Failure(result.Problems);
        var points = result.Value!.Rows
            .Where(r => r.Year is not null && r.ValueOf(measure) is not null)
            .Select(r => (Date: new DateOnly(r.Year!.Value, 1, 1), Value: r.ValueOf(measure)!.Value))
            .ToList();
        var name = $"{result.Value.A.Code}-{result.Value.B.Code} {measure.Name()}";
        if (points.Count == 0)
            return Checked<Series>.Failure([new Problem(source, 0, 0, $"{name}: no year with common votes", "widen the years, or drop --important / --issue")]);
        var origin = query.ImportantOnly ? "unvotes:important" : "unvotes";
        return Checked<Series>.Success(new Series(name, Period.Year, points.Select(p => p.Date), points.Select(p => p.Value), origin, measure.Polarity()));
    }
}
