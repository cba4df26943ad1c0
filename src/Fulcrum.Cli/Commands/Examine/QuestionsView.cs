using Fulcrum.Cli.Infrastructure;
using Fulcrum.Questions;
using Fulcrum.Scenario.Model;
using Spectre.Console;
using static Fulcrum.Cli.Commands.Examine.ExamineView;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// Renders what the case's questions gave under each option: the level probabilities (or the effect
/// distribution) the appraisal used, and the spread of the forecasts behind them.
/// </summary>
internal static class QuestionsView
{
    public static void Render(IAnsiConsole console, Scenario.Model.Case c, IReadOnlyList<QuestionAnswer> answers)
    {
        foreach (var q in answers)
        {
            console.Line();
            var target = q.MapsTo switch
            {
                FactorTarget f => $"sets the levels of factor {f.Factor}",
                InterestTarget i => $"sets the effect on {i.Interest}",
                _ => "",
            };
            var t = new Table
            {
                Title = new TableTitle($"[bold]Question {Esc(q.Id)}[/]: {Esc(q.Name)} - {ModelWords(q)}, {q.Runs} seeded runs per option (seed {q.Seed}); {Esc(target)}"),
                Border = TableBorder.Rounded,
            };
            t.AddColumn("option");
            if (q.MapsTo is FactorTarget factor)
                foreach (var l in factor.Levels) t.AddColumn(new TableColumn($"P({Esc(l.Level)})").RightAligned());
            else foreach (var h in new[] { "effect mean", "5%", "95%" }) t.AddColumn(new TableColumn(h).RightAligned());
            foreach (var h in new[] { "forecast median", "5%-95%", "as written", "refused" }) t.AddColumn(new TableColumn(h).RightAligned());
            foreach (var o in q.Options)
            {
                var cells = q.MapsTo is FactorTarget f
                    ? f.Levels.Select(l => N(o.Levels![l.Level], "0.00"))
                    : [N(o.Effect!.Mean, "0.##"), N(o.Effect.P5, "0.##"), N(o.Effect.P95, "0.##")];
                t.AddRow([Esc(o.Option), .. cells, N(o.Forecast.P50, "0.0"), $"{N(o.Forecast.P5, "0.0")}-{N(o.Forecast.P95, "0.0")}",
                    N(o.Unperturbed, "0.0"), o.Refused.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            }
            console.Write(t);
            console.Line(Sentence(q));
        }
    }

    private static string Sentence(QuestionAnswer q) => QuestionWords.Sentence(q);

    private static string ModelWords(QuestionAnswer q) => QuestionWords.Model(q);
}
