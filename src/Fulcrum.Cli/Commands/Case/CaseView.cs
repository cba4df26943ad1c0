using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Reference;
using Fulcrum.Scenario.Checks;
using Fulcrum.Scenario.Model;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Case;

/// <summary>Renders a case as tables for people.</summary>
public static class CaseView
{
    public static void Render(IAnsiConsole console, Scenario.Model.Case c)
    {
        console.Write(new Rule($"[bold]{Esc(c.Title)}[/]").LeftJustified());
        console.Line($"case {c.Id} - as of {c.AsOf:yyyy-MM-dd} - focal {Name(c.Focal)} - powers {string.Join(" vs ", c.Powers.Select(Name))}");
        console.Line($"actors: {string.Join(", ", c.Actors.Select(Name))}");
        if (c.Summary.Length > 0) console.Line(c.Summary);
        console.Line();
        console.Write(Interests(c));
        console.Write(Options(c));
        console.Write(Scenarios(c));
        if (c.Factors.Count > 0) console.Write(Factors(c));
        foreach (var q in c.Questions) console.Write(Question(q));
        foreach (var scenario in c.Scenarios) console.Write(Reactions(c, scenario));
        if (c.Tolerances.Count > 0) console.Write(Tolerances(c));
        if (c.Signposts.Count > 0) console.Write(Signposts(c));
        if (c.Context.Count > 0) console.Write(Context(c));
    }

    private static Table Interests(Scenario.Model.Case c)
    {
        // The share is what a weight means (weights are relative): a weight on another scale shows at once.
        var t = NewTable("Interests", "id", "interest", "unit", "baseline", "depends on", "weight", "share", "value 0 -> 1", "source");
        var shares = CaseWarnings.WeightShares(c).ToDictionary(s => s.Interest, s => s.Share, StringComparer.Ordinal);
        foreach (var i in c.Interests)
            t.AddRow(Esc(i.Id), Esc(i.Name), Esc(i.Unit), RangeText(i.Baseline), i.DependsOn, RangeText(i.Weight),
                shares[i.Id].ToString("0.0%", CultureInfo.InvariantCulture), $"{N(i.Value.Worst)} -> {N(i.Value.Best)}", Esc(i.Source));
        return t;
    }

    private static Table Options(Scenario.Model.Case c)
    {
        var shifts = c.Options.Any(o => o.Shifts.Count > 0);
        var t = shifts ? NewTable("Options", "id", "option", "description", "shifts (question actors)") : NewTable("Options", "id", "option", "description");
        foreach (var o in c.Options)
        {
            if (!shifts) { t.AddRow(Esc(o.Id), Esc(o.Name), Esc(o.Description)); continue; }
            t.AddRow(Esc(o.Id), Esc(o.Name), Esc(o.Description), Esc(string.Join("; ", o.Shifts.Select(kv => $"{kv.Key}{ShiftText(kv.Value)}"))));
        }
        return t;
    }

    private static Table Scenarios(Scenario.Model.Case c)
    {
        var t = NewTable("Scenarios", "id", "scenario", "prior", "range", "source");
        foreach (var s in c.Scenarios)
            t.AddRow(Esc(s.Id), Esc(s.Name), N(s.Prior), s.PriorRange is { } r ? RangeText(r) : "-", Esc(s.Source));
        return t;
    }

    private static Table Factors(Scenario.Model.Case c)
    {
        var t = NewTable("Factors (probability of each level, per scenario)", ["id", "factor", .. c.Scenarios.Select(s => s.Id)]);
        foreach (var f in c.Factors)
        {
            if (c.QuestionForFactor(f.Id) is { } q)
                t.AddRow([Esc(f.Id), Esc(f.Name), .. c.Scenarios.Select(_ => Esc($"per option, from question {q.Id}"))]);
            else t.AddRow([Esc(f.Id), Esc(f.Name), .. c.Scenarios.Select(s => string.Join(", ", f.Levels.Select(l => $"{l} {N(f.Probabilities[s.Id][l])}")))]);
        }
        return t;
    }

    private static Table Question(Question q)
    {
        var maps = q.MapsTo switch
        {
            FactorTarget f => $"factor {f.Factor}: " + string.Join(", ", f.Levels.Select(l => $"{l.Level} [{N(l.Low)}, {N(l.High)}]")),
            InterestTarget i => $"effect on {i.Interest}: position {N(i.Map.FromLow)} -> {N(i.Map.ToLow)}, {N(i.Map.FromHigh)} -> {N(i.Map.ToHigh)}",
            _ => "",
        };
        var perturb = $"position {N(q.Perturb.Position)}, salience {N(q.Perturb.Salience)}, capability {N(q.Perturb.Capability)}";
        var t = NewTable($"Question {q.Id}: {q.Name} ({q.Model.ToString().ToLowerInvariant()}, {q.Runs} runs per option, perturb {perturb}; sets {maps})",
            "actor", "capability", "position", "salience", "source");
        if (q.ActorsFile is { } file) t.AddRow(Esc($"from {file}"), "", "", "", Esc(q.Source));
        foreach (var a in q.Actors) t.AddRow(Esc(a.Name), N(a.Capability), N(a.Position), N(a.Salience), Esc(a.Source));
        return t;
    }

    private static string ShiftText(ActorShift s) =>
        (s.Position is { } p ? $" position {(p >= 0 ? "+" : "")}{N(p)}" : "") + (s.Salience is { } v ? $" salience {(v >= 0 ? "+" : "")}{N(v)}" : "");

    private static Table Reactions(Scenario.Model.Case c, ScenarioState scenario)
    {
        var t = NewTable($"Reactions under '{scenario.Name}': mean effect [min, max]; relations in sd",
            ["option", .. c.Interests.Select(i => i.Id), .. c.Powers.Select(p => $"rel {p}")]);
        foreach (var o in c.Options)
        {
            var r = c.ReactionFor(o.Id, scenario.Id);
            var cells = c.Interests.Select(i => Esc(r.Effects.TryGetValue(i.Id, out var e) ? EffectText(e) : $"question {c.QuestionForInterest(i.Id)?.Id}"))
                .Concat(c.Powers.Select(p => Esc(EffectText(r.Relations[p]))));
            var overrides = r.When.Count == 0 ? "" : $"\n[dim]{Esc(string.Join("; ", r.When.Select(w => $"if {w.Factor}={w.Level}: {w.Effects.Count + w.Relations.Count} changed")))}[/]";
            t.AddRow([Esc(o.Id) + overrides, .. cells]);
        }
        return t;
    }

    private static Table Tolerances(Scenario.Model.Case c)
    {
        var t = NewTable("Tolerances", "id", "power", "band", "breach when", "max P(breach)", "source");
        foreach (var x in c.Tolerances)
            t.AddRow(Esc(x.Id), x.Power, Esc(x.Name), Esc(x.BreachWhen.Describe()), N(x.MaxBreachProbability), Esc(x.Source));
        return t;
    }

    private static Table Signposts(Scenario.Model.Case c)
    {
        var t = NewTable("Signposts", "id", "watch", "indicator", "rule", "effect");
        foreach (var s in c.Signposts)
            t.AddRow(Esc(s.Id), Esc(s.Name), Esc(IndicatorText(s.Indicator)), Esc(RuleText(s.Rule)), Esc(EffectText(s.Effect) + (s.Group.Length > 0 ? $" (group {s.Group})" : "")));
        return t;
    }

    private static Table Context(Scenario.Model.Case c)
    {
        var t = NewTable("Context", "id", "fact", "source", "bears on");
        foreach (var f in c.Context) t.AddRow(Esc(f.Id), Esc(f.Text), Esc(f.Source), Esc(string.Join(", ", f.BearsOn)));
        return t;
    }

    private static string IndicatorText(Indicator indicator) => indicator switch
    {
        EventIndicator e => $"events {e.ActorA}{(e.Directed ? "->" : "-")}{e.ActorB} roots {(e.Roots.Count == 0 ? "all" : string.Join(",", e.Roots))}, {e.Measure} per {e.By}",
        SeriesIndicator s => $"series {s.Series} ({s.File})",
        UnVoteIndicator u => $"UN votes {u.A}-{u.B} {u.Measure}{(u.Important ? ", important votes" : "")}{(u.Issue is null ? "" : $", issue {u.Issue}")}",
        ManualIndicator m => m.Observations.Count == 0 ? "manual: no observation yet"
            : $"manual: {m.Observations.Count} observation(s), latest {m.Observations[^1].Date:yyyy-MM-dd} ({(m.Observations[^1].Fired ? "seen" : "not seen")})",
        _ => indicator.GetType().Name,
    };

    private static string RuleText(SignpostRule rule) => rule switch
    {
        ThresholdRule t => $"{(t.Above ? "above" : "below")} {N(t.Value)}",
        ChangeRule c => $"change ({c.Method}, {c.Direction}{c.Clears.Kind switch
        {
            ClearingKind.Never => ", never clears",
            ClearingKind.After => $", clears after {c.Clears.Days}d",
            _ => "",
        }})",
        _ => "observed",
    };

    private static string EffectText(SignpostEffect e)
    {
        var parts = new List<string>();
        if (e.LikelihoodRatios.Count > 0) parts.Add("LR " + string.Join(", ", e.LikelihoodRatios.Select(kv => $"{kv.Key} x{N(kv.Value)}")));
        if (e.Flag.Length > 0) parts.Add("flag: " + e.Flag);
        return string.Join("; ", parts);
    }

    private static string EffectText(Effect e) =>
        e.Distribution is FixedDistribution f ? N(f.Value) : $"{N(e.Distribution.Mean)} [{N(e.Distribution.Min)}, {N(e.Distribution.Max)}]";

    private static Table NewTable(string title, params string[] columns)
    {
        var t = new Table { Title = new TableTitle($"[bold]{Esc(title)}[/]"), Border = TableBorder.Rounded };
        foreach (var c in columns) t.AddColumn(Esc(c));
        return t;
    }

    private static string Name(string code) => $"{code} ({CameoCountries.NameOf(code)})";

    private static string RangeText(Scenario.Model.Interval r) => r.IsPoint ? N(r.Low) : $"{N(r.Low)}-{N(r.High)}";

    private static string N(double x) => double.IsInfinity(x) ? (x > 0 ? "inf" : "-inf") : x.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Esc(string s) => CliText.Escape(s);
}
