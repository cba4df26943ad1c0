using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.App.Contracts;

/// <summary><c>alignment</c> as JSON: a pair's UN voting alignment per year (or session, or span); measures null where no common vote.</summary>
public sealed record AlignmentContract(
    string A, string B, string AName, string BName, int FromYear, int ToYear, AlignmentGrouping By, bool Important, IReadOnlyList<string> Issues,
    VoteDistance Distance, IReadOnlyList<string> Notes, IReadOnlyList<AlignmentRowContract> Pairs) : Contract
{
    public static AlignmentContract Of(AlignmentResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.A.Code, r.B.Code, r.A.Name, r.B.Name, r.FromYear, r.ToYear, r.Query.Grouping, r.Query.ImportantOnly,
            [.. r.Query.Issues.Select(i => i.Code())], r.Query.Distance, [.. r.A.Notes.Concat(r.B.Notes).Distinct()],
            [.. r.Rows.Select(x => new AlignmentRowContract(x.Year, x.Session, x.FirstYear, x.LastYear, x.A, x.B, x.RollCalls, x.Votes,
                x.Agree, x.AgreeVoeten, x.S, x.Kappa, x.Pi, x.IdealPointDistance))]);
    }
}

/// <summary>One row of alignment.</summary>
public sealed record AlignmentRowContract(
    int? Year, int? Session, int FirstYear, int LastYear, string A, string B, int RollCalls, int Votes,
    double? Agree, double? AgreeVoeten, double? S, double? Kappa, double? Pi,
    [property: System.Text.Json.Serialization.JsonPropertyName("idealpoint_distance")] double? IdealPointDistance);
