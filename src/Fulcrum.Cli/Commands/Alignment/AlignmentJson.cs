using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.Cli.Commands.Alignment;

/// <summary>The --json shape of <c>fulcrum alignment</c>: measures are null where the pair has no common vote.</summary>
public static class AlignmentJson
{
    public static object Of(AlignmentResult result) => new
    {
        a = result.A.Code,
        b = result.B.Code,
        a_name = result.A.Name,
        b_name = result.B.Name,
        from_year = result.FromYear,
        to_year = result.ToYear,
        by = result.Query.Grouping,
        important = result.Query.ImportantOnly,
        issues = result.Query.Issues.Select(i => i.Code()),
        distance = result.Query.Distance,
        notes = result.A.Notes.Concat(result.B.Notes).Distinct(),
        pairs = result.Rows.Select(r => new
        {
            year = r.Year,
            session = r.Session,
            first_year = r.FirstYear,
            last_year = r.LastYear,
            a = r.A,
            b = r.B,
            roll_calls = r.RollCalls,
            votes = r.Votes,
            agree = r.Agree,
            agree_voeten = r.AgreeVoeten,
            s = r.S,
            kappa = r.Kappa,
            pi = r.Pi,
            idealpoint_distance = r.IdealPointDistance,
        }),
    };
}
