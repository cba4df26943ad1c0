using Fulcrum.Core.Problems;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.App.Events;

/// <summary>UN General Assembly voting alignment of a pair, from the roll calls shipped inside.</summary>
public sealed class AlignmentService
{
    public Checked<AlignmentResult> Compute(AlignmentQuery query, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        progress?.Report("reading the UN roll-call data");
        var result = PairAlignment.Compute(UnVoteData.BuiltIn, query);
        if (result.Value is { Rows.Count: 0 } empty)
            return Checked<AlignmentResult>.Failure([Problem.About(Subjects.From, $"there are no roll calls between {empty.FromYear} and {empty.ToYear}",
                "the data covers 1946 to 2019 (session 74 ends in 2020)")]);
        return result;
    }
}
