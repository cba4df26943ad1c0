using Fulcrum.Core.Problems;
using Fulcrum.UnVotes.Internal;

namespace Fulcrum.UnVotes.Agreement;

/// <summary>
/// UN General Assembly alignment of a pair of countries: over each group of roll calls, the
/// votes both recorded (absences are not in the data, so a roll call one side missed is left out
/// for the pair), compared by every measure of <see cref="AlignmentRow"/>.
/// </summary>
public static class PairAlignment
{
    public static Checked<AlignmentResult> Compute(UnVoteData data, AlignmentQuery query, string source = "")
    {
        var problems = new List<Problem>();
        var a = data.Country(query.A, source);
        var b = data.Country(query.B, source);
        problems.AddRange(a.Problems);
        problems.AddRange(b.Problems);
        if (query.FromYear is { } f && query.ToYear is { } t && f > t)
            problems.Add(new Problem(source, 0, 0, $"the first year {f} is after the last year {t}", "give {from} no later than {to}"));
        if (problems.Count > 0) return Checked<AlignmentResult>.Failure(problems);
        var (first, last) = YearsBothVoted(data, a.Value!, b.Value!);
        var from = query.FromYear ?? first;
        var to = query.ToYear ?? last;
        var rows = Rows(data, a.Value!, b.Value!, query, from, to);
        return Checked<AlignmentResult>.Success(new AlignmentResult(a.Value!, b.Value!, query, from, to, rows));
    }

    /// <summary>The first and last year in which both countries recorded a vote on the same roll call (or the data's years if never).</summary>
    private static (int First, int Last) YearsBothVoted(UnVoteData data, UnCountry a, UnCountry b)
    {
        int? first = null, last = null;
        for (var r = 0; r < data.RollCalls.Count; r++)
        {
            if (data.VoteOf(a, r) == Vote.None || data.VoteOf(b, r) == Vote.None) continue;
            first ??= data.RollCalls[r].Year;
            last = data.RollCalls[r].Year;
        }
        return (first ?? data.RollCalls[0].Year, last ?? data.RollCalls[^1].Year);
    }

    private static List<AlignmentRow> Rows(UnVoteData data, UnCountry a, UnCountry b, AlignmentQuery query, int from, int to)
    {
        // One tally per group, in order; a group exists for every year or session in range that has roll calls at all.
        var tallies = new SortedDictionary<int, (AgreementTally Tally, int First, int Last)>();
        for (var r = 0; r < data.RollCalls.Count; r++)
        {
            var call = data.RollCalls[r];
            if (call.Year < from || call.Year > to) continue;
            var key = query.Grouping switch
            {
                AlignmentGrouping.Year => call.Year,
                AlignmentGrouping.Session => call.Session,
                _ => 0,
            };
            if (!tallies.TryGetValue(key, out var group)) group = (new AgreementTally(), call.Year, call.Year);
            tallies[key] = (group.Tally, Math.Min(group.First, call.Year), Math.Max(group.Last, call.Year));
            if (!Selected(call, query)) continue;
            group.Tally.AddRollCall();
            var (va, vb) = (data.VoteOf(a, r), data.VoteOf(b, r));
            if (va != Vote.None && vb != Vote.None) group.Tally.Add(va, vb);
        }
        var points = !query.WithIdealPoints ? null : query.ImportantOnly ? data.IdealPointsImportant : data.IdealPointsAll;
        return [.. tallies.Select(pair => Row(a, b, query, pair.Key, pair.Value.Tally, pair.Value.First, pair.Value.Last, points, from, to))];
    }

    private static bool Selected(RollCall call, AlignmentQuery query) =>
        (!query.ImportantOnly || call.Important == true) &&
        (query.Issues.Count == 0 || call.Issues.Any(query.Issues.Contains));

    private static AlignmentRow Row(UnCountry a, UnCountry b, AlignmentQuery query, int key, AgreementTally tally, int first, int last, IdealPoints? points, int from, int to)
    {
        var (agree, voeten, s, kappa, pi) = tally.Measures(query.Distance);
        var sessions = query.Grouping switch
        {
            AlignmentGrouping.Year => [key - 1945],
            AlignmentGrouping.Session => [key],
            _ => Enumerable.Range(from - 1945, to - from + 1).ToArray(),
        };
        var distances = points is null ? [] : sessions
            .Select(session => points.Of(a, session) is { } pa && points.Of(b, session) is { } pb ? Math.Abs(pa - pb) : (double?)null)
            .OfType<double>().ToList();
        return new AlignmentRow(
            a.Code, b.Code,
            query.Grouping == AlignmentGrouping.Year ? key : null,
            query.Grouping == AlignmentGrouping.Session ? key : null,
            query.Grouping == AlignmentGrouping.Span ? from : first,
            query.Grouping == AlignmentGrouping.Span ? to : last,
            tally.RollCalls, tally.Votes, agree, voeten, s, kappa, pi,
            tally.Votes == 0 || distances.Count == 0 ? null : distances.Average());
    }
}
