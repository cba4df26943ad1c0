using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.Cli.Commands.Alignment;

/// <summary>
/// <c>fulcrum alignment A B [--from-year] [--to-year] [--important] [--issue …] [--by year|session|span]</c>:
/// UN General Assembly voting alignment of a pair, from the roll-call data shipped with the program.
/// </summary>
public static class AlignmentCommand
{
    public static Command Create(CliServices services)
    {
        var a = new Argument<string>("A") { Description = "First country (CAMEO code: ISR, USA, RUS, UKR, CHN, DEU ...)" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var from = new Option<int?>("--from-year") { Description = "First year (default: the first year both voted)", HelpName = "YEAR" };
        var to = new Option<int?>("--to-year") { Description = "Last year (default: the last year both voted; the data ends with session 74, 2019-20)", HelpName = "YEAR" };
        var important = new Option<bool>("--important") { Description = "Only the US State Department's important votes (coded 1983-2017); ideal points from important votes" };
        var issue = new Option<string[]>("--issue")
        {
            Description = "Only roll calls on these issues: me (Palestinian conflict), nu (nuclear), di (disarmament), hr (human rights), co (colonialism), ec (economic development); repeat for several",
            HelpName = "ISSUE",
            AllowMultipleArgumentsPerToken = true,
        };
        issue.AcceptOnlyFromAmong([.. UnIssueCodes.All.Select(i => i.Code)]);
        var by = new Option<string?>("--by") { Description = "Rows by calendar year (default), General Assembly session, or one row for the whole span" };
        by.AcceptOnlyFromAmong("year", "session", "span");
        var distance = new Option<string?>("--distance") { Description = "Vote distance for S, kappa and pi: absolute (default) or squared (Häge's published UN-vote kappa and pi)" };
        distance.AcceptOnlyFromAmong("absolute", "squared");
        var command = new Command("alignment",
            "UN General Assembly voting alignment of two countries per year (or session, or span): common votes, agreement, Voeten's index, " +
            "S-score, Cohen's kappa, Scott's pi and ideal-point distance. Absences are not in the data: only roll calls both voted on count.")
        { a, b, from, to, important, issue, by, distance };
        return services.WithAction(command, context =>
        {
            var query = new AlignmentQuery(context.Value(a)!, context.Value(b)!)
            {
                FromYear = context.Value(from),
                ToYear = context.Value(to),
                ImportantOnly = context.Value(important),
                Issues = [.. (context.Value(issue) ?? []).Select(code => UnIssueCodes.TryParse(code, out var i) ? i : default).Distinct()],
                Grouping = context.Value(by) switch { "session" => AlignmentGrouping.Session, "span" => AlignmentGrouping.Span, _ => AlignmentGrouping.Year },
                Distance = context.Value(distance) == "squared" ? VoteDistance.Squared : VoteDistance.Absolute,
            };
            context.SubjectNames[Subjects.From] = "--from-year";
            context.SubjectNames[Subjects.To] = "--to-year";
            var result = CommandContext.Require(context.App.Alignment.Compute(query, context.Milestones));
            if (context.Json) return context.WriteJson(AlignmentContract.Of(result));
            AlignmentView.Render(context, result);
            return ExitCodes.Success;
        });
    }
}
