using System.Globalization;
using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>
/// Asks an AHP session's pairs on stdin, prompts and provisional weights on stderr (stdout keeps the
/// result alone, so --json stays clean). A refused answer is explained and asked again; a blank line
/// takes what the earlier answers imply, rounded to the scale, when they imply something.
/// </summary>
internal static class AhpPrompts
{
    public static AhpSession Ask(CommandContext context, AhpSession session)
    {
        var e = context.Error;
        e.WriteLine($"AHP: weigh the {session.Ids.Count} interests of case {session.Case.Case.Id}, {session.Total} pairs.");
        e.WriteLine("For each pair: how many times more does the first matter than the second? 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme;");
        e.WriteLine("2, 4, 6, 8 between; 1/3, 1/5 ... when the second matters more. The first answers chain the interests; later ones are checked against them.");
        foreach (var id in session.Ids) e.WriteLine($"  {id}: {session.NameOf(id)}");
        while (session.Next is { } q)
        {
            var implied = session.Implied(q);
            var suggestion = implied is { } v ? SaatyScale.Format(SaatyScale.Nearest(v)) : null;
            var prompt = $"[{session.Answered + 1}/{session.Total}] {q.First} against {q.Second}" +
                (implied is { } x ? $" - your answers imply {Number(x)}, Enter takes {suggestion}" : "") + ": ";
            var answer = WeightsCommands.ReadAnswer(context, prompt, ElicitationSubjects.Judgement, $"every pair was judged ({session.Answered} of {session.Total})", "a judgement file");
            if (answer.Trim().Length == 0)
            {
                if (suggestion is null) continue;
                answer = suggestion;
            }
            if (session.Answer(q, answer) is { } problem)
            {
                e.WriteLine($"  not recorded: {Say(problem)}");
                continue;
            }
            if (session.Provisional() is { } p)
                e.WriteLine($"  provisional weights: {string.Join(", ", p.Ids.Select((id, i) => $"{id} {p.Weights[i].ToString("0.000", CultureInfo.InvariantCulture)}"))}" +
                    $"; CR {(p.ConsistencyRatio is { } cr ? cr.ToString("0.000", CultureInfo.InvariantCulture) : "not rated")}" +
                    (p.Consistency == Consistency.Inconsistent ? " (above 0.10: an answer contradicts the earlier ones)" : ""));
        }
        return session;
    }

    private static string Say(Problem p) => p.Hint.Length == 0 ? p.Message : $"{p.Message} - {p.Hint}";

    private static string Number(double x) => x.ToString(x >= 10 || x < 0.1 ? "0.##" : "0.###", CultureInfo.InvariantCulture);
}
