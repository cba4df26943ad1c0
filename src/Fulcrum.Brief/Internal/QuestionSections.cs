using Fulcrum.Questions;
using Fulcrum.Scenario.Model;
using ScottPlot;
using static Fulcrum.Brief.Internal.Html;

namespace Fulcrum.Brief.Internal;

/// <summary>
/// The case's questions (issue 14): for each, where the bargaining model's forecasts fall under each
/// option (a box plot of the seeded runs, with the level ranges marked), and what that gave the
/// appraisal — the probability of each level of the factor, or the effect on the interest.
/// </summary>
internal static class QuestionSections
{
    public static void Questions(Html h, IReadOnlyList<QuestionAnswer> answers)
    {
        if (answers.Count == 0) return;
        h.Element("h2", "The questions");
        h.Element("p", "Contested questions answered by a bargaining model under each option (an option's shifts move actors), on the same seeded perturbations of the actor table; the appraisal above used what they gave.");
        for (var k = 0; k < answers.Count; k++)
        {
            var q = answers[k];
            h.Element("h3", $"{q.Name} ({q.Id})");
            h.Element("p", QuestionWords.Sentence(q) + $" (seed {q.Seed}).");
            h.Figure($"question-{k}", Forecasts(q), $"Forecasts of the {q.Runs} runs of {QuestionWords.Model(q)} under each option: box quartiles with the median, whiskers 5th-95th percentile, diamond the forecast of the table as written" +
                (q.MapsTo is FactorTarget ? "; dashed lines: the boundaries between the factor's levels." : "."));
            if (q.MapsTo is FactorTarget f)
                h.Table(["option", .. f.Levels.Select(l => $"P({l.Level}) [{N(l.Low, "0.##")}, {N(l.High, "0.##")}]"), "forecast median", "refused runs"],
                    q.Options.Select(o => (IReadOnlyList<string>)[o.Option, .. f.Levels.Select(l => N(o.Levels![l.Level], "0.00")), N(o.Forecast.P50, "0.0"), $"{o.Refused}"]),
                    $"Factor {f.Factor}: the share of runs whose forecast falls in each level's range");
            else if (q.MapsTo is InterestTarget i)
                h.Table(["option", "effect mean", "5%", "95%", "forecast median", "refused runs"],
                    q.Options.Select(o => (IReadOnlyList<string>)[o.Option, N(o.Effect!.Mean, "0.##"), N(o.Effect.P5, "0.##"), N(o.Effect.P95, "0.##"), N(o.Forecast.P50, "0.0"), $"{o.Refused}"]),
                    $"Interest {i.Interest}: each run's forecast mapped to an effect");
        }
    }

    private static string Forecasts(QuestionAnswer q)
    {
        var plot = Svg.NewPlot();
        var boxes = q.Options.Select((o, i) => new Box
        {
            Position = i,
            BoxMin = o.Forecast.P25,
            BoxMax = o.Forecast.P75,
            BoxMiddle = o.Forecast.P50,
            WhiskerMin = o.Forecast.P5,
            WhiskerMax = o.Forecast.P95,
        }).ToList();
        plot.Add.Boxes(boxes).LegendText = "forecasts over the runs";
        var written = plot.Add.ScatterPoints(Enumerable.Range(0, q.Options.Count).Select(i => (double)i).ToArray(), [.. q.Options.Select(o => o.Unperturbed)]);
        written.LegendText = "table as written";
        written.MarkerShape = MarkerShape.FilledDiamond;
        written.MarkerSize = 9;
        written.Color = Colors.Black;
        if (q.MapsTo is FactorTarget f)
            foreach (var l in f.Levels.Skip(1))
                plot.Add.HorizontalLine(l.Low, 1.5f, Colors.Gray, LinePattern.Dashed).LegendText = $"{l.Level} from {N(l.Low, "0.##")}";
        Svg.Categories(plot, [.. q.Options.Select(o => o.Option)]);
        plot.YLabel("forecast position");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg.Of(plot, $"forecasts of question {q.Id}");
    }
}
