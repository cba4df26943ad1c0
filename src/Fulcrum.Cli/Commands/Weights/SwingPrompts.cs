using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Elicitation;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>
/// Asks a swing session on stdin, prompts on stderr: the swings, then the ranking, then each swing's
/// rating against the top one. A refused answer is explained and asked again.
/// </summary>
internal static class SwingPrompts
{
    public static SwingSession Ask(CommandContext context, SwingSession session)
    {
        var e = context.Error;
        e.WriteLine($"Swing weighting: imagine every interest of case {session.Case.Case.Id} at its worst. The swings from worst to best:");
        for (var k = 0; k < session.Swings.Count; k++)
            e.WriteLine($"  {k + 1}. {session.Swings[k].Interest}: {session.Swings[k].Describe()}");
        while (!session.IsRanked)
        {
            var ranking = WeightsCommands.ReadAnswer(context,
                "Rank the swings, most wanted first: ids or numbers separated by commas, tied ones joined by '=': ",
                ElicitationSubjects.Ranking, "the swings were ranked", "a rating file");
            if (session.Rank(ranking) is { } problem) e.WriteLine($"  not recorded: {problem.Message} - {problem.Hint}");
        }
        e.WriteLine($"Rate each swing against the top one ({string.Join(" = ", session.Top)}: 100): 100 as much, 50 half as much, 0 not at all.");
        while (session.ToRate is [var id, ..])
        {
            var rating = WeightsCommands.ReadAnswer(context, $"  {id} (0-100): ", ElicitationSubjects.Rating, $"every swing was rated ({session.ToRate.Count} left)", "a rating file");
            if (session.Rate(id, rating) is { } problem) e.WriteLine($"  not recorded: {problem.Message} - {problem.Hint}");
        }
        return session;
    }
}
