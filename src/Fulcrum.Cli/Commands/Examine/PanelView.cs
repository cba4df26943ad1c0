using Fulcrum.App.Panel;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Elicitation.Panels;
using Spectre.Console;
using static Fulcrum.Cli.Commands.Examine.ExamineView;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>Renders a panel study: the recommendation under each analyst's inputs and the aggregate's, each input's values, and the inputs that change the answer.</summary>
public static class PanelView
{
    public static void Render(IAnsiConsole console, PanelExamination examination)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(examination);
        var (panel, study, agg) = (examination.Panel, examination.Study, examination.Study.Aggregate);
        console.Line();
        console.Write(new Rule($"[bold]Panel[/]: {panel.Analysts.Count} analyst{(panel.Analysts.Count == 1 ? "" : "s")} from {Esc(examination.Directory)}").LeftJustified());
        console.Line($"weights: {agg.WeightRule}{(agg.JudgementsAnalysis?.ConsistencyRatio is { } cr ? $" (CR {N(cr, "0.000")})" : "")}; probabilities: {agg.ProbabilityRule}" +
            (agg.LogarithmicPool is { } log && agg.Probabilities is not null
                ? $" (logarithmic pool: {string.Join(", ", panel.Scenarios.Select((s, k) => $"{s} {N(log[k], "0.###")}"))})" : ""));
        var t = new Table { Border = TableBorder.Rounded, Title = new TableTitle("[bold]Recommendation[/] by whose inputs") };
        t.AddColumn("inputs");
        t.AddColumn(new TableColumn("share").RightAligned());
        t.AddColumn("weights by");
        t.AddColumn("recommendation");
        for (var k = 0; k < panel.Analysts.Count; k++)
        {
            var a = panel.Analysts[k];
            var method = a.Method + (a.Ahp?.ConsistencyRatio is { } x ? $" (CR {N(x, "0.00")})" : "");
            var rec = study.Analysts[k].Recommendation;
            t.AddRow(Esc(a.Name), N(agg.Shares[k], "0.##"), Esc(method.ToLowerInvariant()), rec == study.Recommendation ? Esc(rec) : $"[yellow]{Esc(rec)}[/]");
        }
        t.AddRow("[bold]aggregate[/]", "1", "", $"[bold]{Esc(study.Recommendation)}[/]");
        console.Write(t);
        var inputs = new Table { Border = TableBorder.Rounded, Title = new TableTitle("[bold]Inputs[/]; * alone changes the answer") };
        inputs.AddColumn("input");
        inputs.AddColumn(new TableColumn("aggregate").RightAligned());
        foreach (var a in panel.Analysts) inputs.AddColumn(new TableColumn(Esc(a.Name)).RightAligned());
        foreach (var i in study.Inputs)
            inputs.AddRow([
                Esc(Name(i)), N(i.Aggregate, "0.000"),
                .. i.Swaps.Select(s => s.Changes ? $"[bold]{N(s.Value, "0.000")}*[/] -> {Esc(s.Recommendation)}" : N(s.Value, "0.000")),
            ]);
        console.Write(inputs);
        var decisive = study.Decisive;
        console.Line(decisive.Count == 0
            ? $"No analyst's value of any single input changes the aggregate's recommendation {study.Recommendation}" +
              (study.Unanimous ? "; every analyst's own inputs recommend it too." : ", though some analysts' inputs taken together do.")
            : $"The analysts disagree enough to change the answer on {decisive.Count} input{(decisive.Count == 1 ? "" : "s")}: " +
              string.Join("; ", decisive.Select(i => $"{Name(i)} ({string.Join(", ", i.Swaps.Where(s => s.Changes).Select(s => $"{s.Analyst}'s {N(s.Value, "0.###")} gives {s.Recommendation}"))})")) + ".");
    }

    private static string Name(InputDisagreement i) => i.Kind == InputKind.Weight ? $"weight of {i.Id}" : $"P({i.Id})";
}
