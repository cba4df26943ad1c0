using Fulcrum.Cli.Infrastructure;
using Fulcrum.Decision;
using Spectre.Console;
using static Fulcrum.Cli.Commands.Examine.ExamineView;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// Renders the adaptive plans beside the options (the same measures, on the same draws), what
/// watching each signpost is worth, and the caveats the recommendation hangs on.
/// </summary>
internal static class PlansView
{
    /// <summary>The plans' table: start, switches, EU, CVaR10, breaches, regret against the best fixed option, and EU against committing now.</summary>
    public static void Render(IAnsiConsole console, Scenario.Model.Case c, Appraisal a)
    {
        if (a.Plans.Count == 0) return;
        var t = new Table
        {
            Title = new TableTitle("[bold]Adaptive plans[/]: start with an option, switch when a signpost fires or clears (same draws and measures as the options; " +
                "regret against the best fixed option; vs now = EU(plan) - EU(best admissible fixed option); > = best plan)"),
            Border = TableBorder.Rounded,
        };
        t.AddColumn("plan");
        t.AddColumn("start");
        foreach (var h in new[] { "EU", "se", "CVaR10" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var p in a.Powers) t.AddColumn(new TableColumn(Esc(p)).RightAligned());
        foreach (var h in new[] { "regret", "p95", "ok", "vs now" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var plan in a.Plans.OrderByDescending(p => p.Eu))
        {
            var best = a.Watching?.BestPlan == plan.Id;
            t.AddRow([
                best ? $"[bold]> {Esc(plan.Id)}[/]" : "  " + Esc(plan.Id), Esc(plan.Start),
                N(plan.Eu, "0.000"), N(plan.EuSe, "0.0000"), N(plan.Cvar10, "0.000"),
                .. a.Powers.Select(p => plan.Breach[p] is { } b ? Over(b, c, p, plan) : "-"),
                N(plan.Regret, "0.000"), N(plan.RegretP95, "0.000"), plan.Admissible ? "yes" : "[red]no[/]", Signed(plan.Evsi),
            ]);
        }
        console.Write(t);
        foreach (var plan in a.Plans) console.Line($"plan {plan.Id}: {Course(plan)}");
    }

    /// <summary>"Worth watching" lines: the best plan's value, then each signpost's EVSI, largest first.</summary>
    public static void Watching(IAnsiConsole console, Appraisal a)
    {
        if (a.Watching is not { } w) return;
        var reference = a.Options.First(o => o.Id == w.Reference).Name;
        if (a.Plans.Count > 0)
            console.Line(w.BestPlan is { } best && w.Value is { } value
                ? $"best plan {best}: EU {Signed(value)} against committing now to {reference} ({(value > 0 ? "watching pays" : "watching as this plan does costs more than it tells")})"
                : $"no plan keeps every power inside its tolerances: committing now to {reference} is the yardstick");
        foreach (var s in w.Signposts.OrderByDescending(s => s.Evsi).ThenBy(s => s.Signpost, StringComparer.Ordinal))
        {
            var response = s.IfFires == s.IfClears
                ? $"{s.IfFires} is best whether it fires or not"
                : $"if it fires take {s.IfFires}, if it clears {s.IfClears}";
            console.Line($"worth watching: {s.Signpost} EVSI {N(s.Evsi, "0.0000")} (fires with probability {N(s.FireProbability, "0.###")}; {response})");
        }
    }

    /// <summary>The recommendation's caveats, each on its own line, above the recommendation.</summary>
    public static void Caveats(IAnsiConsole console, Recommendation r)
    {
        foreach (var caveat in r.Caveats) console.MarkupLine($"[yellow]caveat:[/] {Esc(caveat)}");
    }

    /// <summary>"start keep_line; attack_positions fires -> condemn_aid (in 35% of draws, cost 0.004)".</summary>
    private static string Course(PlanAppraisal p) =>
        string.Join("; ", p.Switches.Select(s => $"{s.When} -> {s.To} (in {N(s.Probability, "0%")} of draws, cost {N(s.Cost, "0.000")})").Prepend($"start {p.Start}"));

    private static string Over(double b, Scenario.Model.Case c, string power, PlanAppraisal plan)
    {
        var over = c.Tolerances.Any(t => t.Power == power && plan.BreachByTolerance[t.Id] > t.MaxBreachProbability);
        var text = N(b, "0.000");
        return over ? $"[red]{text}[/]" : text;
    }

    private static string Signed(double x) => (x >= 0 ? "+" : "") + N(x, "0.0000");
}
