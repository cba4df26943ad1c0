using System.Globalization;
using Fulcrum.App.Discover;
using Fulcrum.Cli.Commands.Examine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Decision.Discovery;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Discover;

/// <summary>Renders a scenario discovery for people: how often the option fails, each box's limits in words and statistics, and the trajectory.</summary>
public static class DiscoverView
{
    public static void Render(IAnsiConsole console, Discovered discovered)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(discovered);
        var (c, x, p) = (discovered.Case.Case, discovered.Discovery, discovered.Probabilities);
        console.Write(new Rule($"[bold]Discover: {CliText.Escape(c.Title)}[/]").LeftJustified());
        console.Line($"case {c.Id} - {x.Draws:N0} draws - seed {discovered.Identity.Seed} - scenario probabilities from {p.Source}: " +
            string.Join(", ", c.Scenarios.Select((s, k) => $"{s.Id} {N(p.Values[k], "0.###")}")));
        var name = c.Options.FirstOrDefault(o => o.Id == x.Option)?.Name ?? x.Option;
        console.Line($"{name} ({x.Option}) fails - {x.Failure} - in {x.Failures:N0} of {x.Draws:N0} draws ({N(Share(x), "0.###")}); " +
            $"{x.Dimensions.Count} dimensions searched: {string.Join(", ", x.Dimensions.Select(d => d.Name))}");
        if (x.Boxes.Count == 0)
            console.Line("no box: the option never fails in these draws (lower the threshold, or examine another option)");
        else if (x.Failures < 100)
            console.MarkupLine($"[yellow]caveat:[/] only {x.Failures:N0} failing draws: a box on so few means little (lower the threshold, or examine another option)");
        for (var b = 0; b < x.Boxes.Count; b++) Box(console, b + 1, x.Boxes[b]);
        IdentityView.Render(console, discovered.Identity);
    }

    private static void Box(IAnsiConsole console, int number, PrimBox box)
    {
        console.Line();
        console.Line($"box {number}: coverage {N(box.Coverage, "0.000")} (share of the failures inside), density {N(box.Density, "0.000")} " +
            $"(share of the box that fails), mass {N(box.Mass, "0.000")} (share of the draws inside)");
        if (box.Limits.Count == 0) console.Line("  no limit: the whole space (no peel raised the density)");
        foreach (var limit in box.Limits) console.Line($"  - {limit.Text}");
        var t = new Table
        {
            Title = new TableTitle($"[bold]Box {number} trajectory[/]: each step where the box restricts another dimension, and the last (--json has every step)"),
            Border = TableBorder.Rounded,
        };
        t.AddColumn(new TableColumn("step").RightAligned());
        foreach (var h in new[] { "coverage", "density", "mass", "draws", "dims" }) t.AddColumn(new TableColumn(h).RightAligned());
        t.AddColumn("limits");
        foreach (var s in Summary(box.Trajectory))
            t.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), N(s.Coverage, "0.000"), N(s.Density, "0.000"), N(s.Mass, "0.000"),
                s.Points.ToString("N0", CultureInfo.InvariantCulture), s.Restricted.ToString(CultureInfo.InvariantCulture),
                CliText.Escape(string.Join("; ", s.Limits.Select(Short))));
        console.Write(t);
    }

    /// <summary>A limit in a few characters for the trajectory table ("weight us_backing >= 0.287"); the box's own limits are in full words.</summary>
    internal static string Short(BoxLimit l) => l switch
    {
        { Categories: { } kept } => $"{l.Dimension}: {string.Join("|", kept)}",
        { Low: { } low, High: { } high } => $"{N(low, "0.###")} <= {l.Dimension} <= {N(high, "0.###")}",
        { Low: { } low } => $"{l.Dimension} >= {N(low, "0.###")}",
        { High: { } high } => $"{l.Dimension} <= {N(high, "0.###")}",
        _ => l.Dimension,
    };

    /// <summary>The first step, every step that restricts a different number of dimensions than the one before, and the last.</summary>
    internal static IEnumerable<PrimStep> Summary(IReadOnlyList<PrimStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
            if (i == 0 || i == steps.Count - 1 || steps[i].Restricted != steps[i - 1].Restricted) yield return steps[i];
    }

    private static double Share(Decision.Discovery.Discovery x) => x.Draws > 0 ? (double)x.Failures / x.Draws : 0;

    private static string N(double x, string format) => double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);
}
