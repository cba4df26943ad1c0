using System.Globalization;
using Fulcrum.Decision;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>Renders an appraisal for people: options, recommendation, sensitivities, EVPI.</summary>
public static class ExamineView
{
    /// <summary>How many tornado bars to show (the JSON has them all).</summary>
    public const int TopSensitivities = 8;

    public static void Render(IAnsiConsole console, Scenario.Model.Case c, Appraisal a)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(a);
        console.Write(new Rule($"[bold]Examine: {Esc(c.Title)}[/]").LeftJustified());
        console.WriteLine($"case {a.Case} - {a.Draws:N0} draws - seed {a.Seed} - scenario probabilities from {a.ProbabilitySource}: " +
            string.Join(", ", a.Scenarios.Select(s => $"{s.Id} {N(s.Probability, "0.###")}")) +
            (a.ProbabilitiesMovedBy.Count > 0 ? $" (moved by {string.Join(", ", a.ProbabilitiesMovedBy)})" : ""));
        console.WriteLine();
        console.Write(OptionsTable(c, a));
        console.WriteLine();
        var r = a.Recommendation;
        var name = a.Options.First(o => o.Id == r.Option).Name;
        var heading = r.Status == RecommendationStatus.NoneAdmissible ? "No admissible option; least breaching" : "Recommendation";
        console.Write(new Panel(new Markup($"[bold]{Esc(name)}[/] ({Esc(r.Option)})\n{Esc(r.Reason)}"))
        {
            Header = new PanelHeader(heading),
            Border = BoxBorder.Rounded,
        });
        if (a.Sensitivity is { } s) SensitivityView.Render(console, s);
    }

    private static Table OptionsTable(Scenario.Model.Case c, Appraisal a)
    {
        var t = new Table
        {
            Title = new TableTitle("[bold]Options[/]: utility 0-1 (EU, 5th-95th percentile, se, CVaR10); P(breach) of each power's tolerance; P(best); regret (mean, 95th percentile)"),
            Border = TableBorder.Rounded,
        };
        t.AddColumn("option");
        foreach (var h in new[] { "EU", "5%-95%", "se", "CVaR10" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var p in a.Powers) t.AddColumn(new TableColumn(Esc(p)).RightAligned());
        foreach (var h in new[] { "P(best)", "regret", "p95", "ok" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var o in a.Options.OrderByDescending(o => o.ExpectedUtility))
        {
            var name = o.Id == a.Recommendation.Option ? $"[bold]{Esc(o.Id)}[/]" : Esc(o.Id);
            t.AddRow([
                name, N(o.ExpectedUtility, "0.000"), $"{N(o.EuLow, "0.000")}-{N(o.EuHigh, "0.000")}", N(o.EuSe, "0.0000"), N(o.Cvar10, "0.000"),
                .. a.Powers.Select(p => o.Breach[p] is { } b ? Breach(b, c, p, o) : "-"),
                N(o.PBest, "0.000"), N(o.ExpectedRegret, "0.000"), N(o.RegretP95, "0.000"), o.Admissible ? "yes" : "[red]no[/]",
            ]);
        }
        return t;
    }

    private static string Breach(double p, Scenario.Model.Case c, string power, OptionAppraisal o)
    {
        var over = c.Tolerances.Any(t => t.Power == power && o.BreachByTolerance[t.Id] > t.MaxBreachProbability);
        var text = N(p, "0.000");
        return over ? $"[red]{text}[/]" : text;
    }

    internal static string N(double x, string format) =>
        double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);

    internal static string Esc(string s) => Markup.Escape(s);
}
