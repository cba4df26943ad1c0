using System.Globalization;
using Fulcrum.App.Examine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>Renders an appraisal for people: options, recommendation, sensitivities, EVPI.</summary>
public static class ExamineView
{
    /// <summary>How many tornado bars to show (the JSON has them all).</summary>
    public const int TopSensitivities = 8;

    public static void Render(IAnsiConsole console, Examination examination)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(examination);
        var (c, a, signposts) = (examination.Case.Case, examination.Appraisal, examination.Signposts);
        console.Write(new Rule($"[bold]Examine: {Esc(c.Title)}[/]").LeftJustified());
        console.Line($"case {a.Case} - {a.Draws:N0} draws - seed {a.Seed} - scenario probabilities from {a.ProbabilitySource}: " +
            string.Join(", ", a.Scenarios.Select(s => $"{s.Id} {N(s.Probability, "0.###")}")) +
            (a.ProbabilitiesMovedBy.Count > 0 ? $" (moved by {string.Join(", ", a.ProbabilitiesMovedBy)})" : ""));
        if (signposts is not null) Signposts(console, signposts);
        QuestionsView.Render(console, c, examination.Questions);
        console.Line();
        console.Write(OptionsTable(c, a));
        PlansView.Render(console, c, a);
        PlansView.Watching(console, a);
        console.Line();
        var r = a.Recommendation;
        Degraded(console, examination.Degraded);
        PlansView.Caveats(console, r);
        var name = a.Options.First(o => o.Id == r.Option).Name;
        var heading = r.Status == RecommendationStatus.NoneAdmissible ? "No admissible option; least breaching" : "Recommendation";
        console.Write(new Panel(new Markup($"[bold]{Esc(name)}[/] ({Esc(r.Option)})\n{Esc(r.Reason)}"))
        {
            Header = new PanelHeader(heading),
            Border = BoxBorder.Rounded,
        });
        if (a.Sensitivity is { } s) SensitivityView.Render(console, s);
        IdentityView.Render(console, examination.Identity);
    }

    /// <summary>Which signposts fired, which moved the probabilities (prior → posterior), and the flags.</summary>
    private static void Signposts(IAnsiConsole console, SignpostReport r)
    {
        string List(SignpostState state) => string.Join(", ", r.Readings.Where(x => x.State == state).Select(x => x.Id));
        var fired = r.Readings.Where(x => x.Fired).Select(x => $"{x.Id} (since {x.Since:yyyy-MM-dd})").ToList();
        console.Line($"signposts as of {r.AsOf:yyyy-MM-dd}: fired {(fired.Count > 0 ? string.Join(", ", fired) : "none")}; quiet {List(SignpostState.Quiet)}" +
            (r.Readings.Any(x => x.State == SignpostState.NoData) ? $"; no data {List(SignpostState.NoData)}" : ""));
        console.Line(r.Update.Moved
            ? "prior -> posterior: " + string.Join(", ", r.Update.Scenarios.Select(s => $"{s.Id} {N(s.Prior, "0.###")} -> {N(s.Posterior, "0.###")}"))
            : "no fired signpost carries likelihood ratios that tell the scenarios apart: the posterior is the prior (fulcrum signposts shows why; --priors skips the signposts)");
        foreach (var f in r.Flags) console.Line($"flag ({f.Signpost}): {f.Text}");
    }

    private static Table OptionsTable(Scenario.Model.Case c, Appraisal a)
    {
        var t = new Table
        {
            Title = new TableTitle("[bold]Options[/]: utility 0-1 (EU, 5th-95th percentile, se, CVaR10); P(breach) of each power's tolerance; P(best); regret (mean, 95th percentile); ok = admissible (* on a knife edge); > = recommended"),
            Border = TableBorder.Rounded,
        };
        t.AddColumn("option");
        foreach (var h in new[] { "EU", "5%-95%", "se", "CVaR10" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var p in a.Powers) t.AddColumn(new TableColumn(Esc(p)).RightAligned());
        foreach (var h in new[] { "P(best)", "regret", "p95", "ok" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var o in a.Options.OrderByDescending(o => o.ExpectedUtility))
        {
            // Marked in plain text too: bold does not survive a pipe or a screen reader.
            var name = o.Id == a.Recommendation.Option ? $"[bold]> {Esc(o.Id)}[/]" : "  " + Esc(o.Id);
            t.AddRow([
                name, N(o.ExpectedUtility, "0.000"), $"{N(o.EuLow, "0.000")}-{N(o.EuHigh, "0.000")}", N(o.EuSe, "0.0000"), N(o.Cvar10, "0.000"),
                .. a.Powers.Select(p => o.Breach[p] is { } b ? Breach(b, c, p, o) : "-"),
                N(o.PBest, "0.000"), N(o.ExpectedRegret, "0.000"), N(o.RegretP95, "0.000"), Ok(o),
            ]);
        }
        return t;
    }

    /// <summary>Admissible or not; a star when that rests on a knife edge (see the caveats).</summary>
    private static string Ok(OptionAppraisal o) =>
        (o.Admissible ? "yes" : "[red]no[/]") + (o.KnifeEdges.Count > 0 ? "[yellow]*[/]" : "");

    private static string Breach(double p, Scenario.Model.Case c, string power, OptionAppraisal o)
    {
        var over = c.Tolerances.Any(t => t.Power == power && o.BreachByTolerance[t.Id] > t.MaxBreachProbability);
        var text = N(p, "0.000");
        return over ? $"[red]{text}[/]" : text;
    }

    internal static string N(double x, string format) =>
        double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);

    internal static string Esc(string s) => CliText.Escape(s);

    /// <summary>Above the recommendation: the signposts that could not be judged, so that no one reads a prior as a judgement.</summary>
    private static void Degraded(IAnsiConsole console, IReadOnlyList<string> reasons)
    {
        if (reasons.Count == 0) return;
        console.MarkupLine($"[yellow]degraded:[/] {reasons.Count} signpost{(reasons.Count == 1 ? "" : "s")} could not be judged and moved nothing: the probabilities rest on the priors and the other signposts");
        foreach (var reason in reasons) console.MarkupLine($"  - {Esc(reason)}");
    }
}
