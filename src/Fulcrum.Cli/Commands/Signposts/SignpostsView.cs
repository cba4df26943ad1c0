using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Watch.Signposts;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>Signposts for people: the table, why each is in its state, the flags, prior → posterior; --verbose adds the evidence.</summary>
public static class SignpostsView
{
    public static void Render(CommandContext context, Scenario.Model.Case c, SignpostReport report)
    {
        var console = context.Console;
        console.Line($"Signposts of {c.Id} as of {report.AsOf:yyyy-MM-dd} (no data after that date is used)");
        console.Line($"statistic: the detector's (or the latest value) / its threshold; LR: likelihood ratios in scenario order {string.Join("/", c.Scenarios.Select(s => s.Id))}");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "signpost", "state", "since", "rule", "statistic", "data to", "effect" })
            table.AddColumn(new TableColumn(column).NoWrap());
        foreach (var r in report.Readings)
        {
            table.AddRow(Esc(r.Id), r.NoDataSince is { } gone ? $"no data since {D(gone, r.Period)}" : State(r.State), r.Since is { } s ? D(s, r.Period) : "-", Esc(r.Rule), Statistic(r),
                r.DataThrough is { } d ? D(d, r.Period) : "-", Esc(Effect(c, r)));
        }
        console.Write(table);
        console.Line("why:");
        foreach (var r in report.Readings) console.Line($"  {r.Id}: {r.Reason} [{r.Evidence.Origin}]");
        if (context.Verbose) Evidence(console, report);
        console.Line();
        if (report.Flags.Count == 0) console.Line("flags: none raised");
        foreach (var f in report.Flags) console.Line($"flag ({f.Signpost}, since {f.Since:yyyy-MM-dd}): {f.Text}");
        console.Line();
        Posterior(console, report.Update);
    }

    /// <summary>Prior → posterior per scenario, with the ratios that moved each.</summary>
    public static void Posterior(IAnsiConsole console, ScenarioUpdate update)
    {
        console.Line("scenario probabilities: posterior ∝ prior × the likelihood ratios of the fired signposts (taken as independent given the scenario)");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "scenario", "prior", "posterior", "moved by" }) table.AddColumn(new TableColumn(column));
        foreach (var s in update.Scenarios)
        {
            var moved = s.Factors.Count == 0 ? "-" : string.Join(", ", s.Factors.Select(f => $"{f.Signpost} ×{N(f.Ratio)}"));
            table.AddRow(Esc(s.Id), N(s.Prior), N(s.Posterior), Esc(moved));
        }
        console.Write(table);
        foreach (var g in update.Grouped)
            console.Line($"{g.Signpost}: counted once in group {g.Group}, through {g.CountedAs} (its ratios are the group's most decisive)");
        console.Line(update.Moved
            ? $"moved by: {string.Join(", ", update.MovedBy)}"
            : "no fired signpost carries likelihood ratios that differ between scenarios: the priors stand");
    }

    private static void Evidence(IAnsiConsole console, SignpostReport report)
    {
        console.Line("evidence:");
        foreach (var r in report.Readings)
        {
            if (r.Evidence.Alarm is { } a)
            {
                console.Line($"  {r.Id}: alarm {a.Method} {a.Direction.ToString().ToLowerInvariant()} {D(a.Date, r.Period)}, onset {D(a.Onset, r.Period)}, " +
                    $"statistic {N(a.Statistic)} / {N(a.Threshold)}, baseline {N(a.BaselineMean)} ± {N(a.BaselineSd)}; points " +
                    string.Join(", ", a.Evidence.Points.Select(p => $"{D(p.Date, r.Period)} {N(p.Value)}")));
                foreach (var e in a.Evidence.Events ?? [])
                    console.Line($"    event {e.EventId} {e.EventDate:yyyy-MM-dd} {e.Actor1Code}>{e.Actor2Code} {e.EventCode} {(e.GoldsteinScale is { } g ? N(g) : "-")} {e.SourceUrl}");
            }
            if (r.Evidence.Points.Count > 0)
                console.Line($"  {r.Id}: points {string.Join(", ", r.Evidence.Points.Select(p => $"{D(p.Date, r.Period)} {N(p.Value)}"))}");
            if (r.Evidence.Observation is { } o)
                console.Line($"  {r.Id}: observation {o.Date:yyyy-MM-dd} fired={(o.Fired ? "yes" : "no")} ({o.Source}): {o.Note}");
        }
    }

    private static string State(SignpostState state) => state switch
    {
        SignpostState.Fired => "[bold]FIRED[/]",
        SignpostState.NoData => "no data",
        _ => "quiet",
    };

    private static string Statistic(SignpostReading r) =>
        r.Statistic is { } s ? $"{S(s)} / {(r.Threshold is { } t ? N(t) : "-")}" : "-";

    /// <summary>A statistic with two decimals below 100, so that 5.004 against 5 does not read as 5 / 5.</summary>
    private static string S(double x) => x.ToString(Math.Abs(x) >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static string Effect(Scenario.Model.Case c, SignpostReading r)
    {
        var e = r.Signpost.Effect;
        var parts = new List<string>();
        if (e.LikelihoodRatios.Count > 0)
            parts.Add("LR " + string.Join("/", c.Scenarios.Select(s => e.LikelihoodRatios.TryGetValue(s.Id, out var x) ? N(x) : "1")));
        if (e.Flag.Length > 0) parts.Add("flag");
        return string.Join(" + ", parts);
    }

    private static string D(DateOnly date, Period period) => date.ToString(period switch
    {
        Period.Year => "yyyy",
        Period.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    private static string N(double x) =>
        x.ToString(Math.Abs(x) switch { >= 10 => "0.#", >= 1 => "0.##", _ => "0.###" }, CultureInfo.InvariantCulture);

    private static string Esc(string s) => CliText.Escape(s);
}
