using Fulcrum.Decision;
using Fulcrum.Scenario.Model;
using static Fulcrum.Brief.Internal.Html;

namespace Fulcrum.Brief.Internal;

/// <summary>The options, and what would change the answer: tornado, switching values, EVPI in plain words.</summary>
internal static class DecisionSections
{
    public static void Options(Html h, Case c, Appraisal a)
    {
        h.Element("h2", "The options");
        h.Element("p", $"{a.Draws:N0} draws, seed {a.Seed}; scenario probabilities from {a.ProbabilitySource}: " +
            string.Join(", ", a.Scenarios.Select(s => $"{s.Id} {N(s.Probability, "0.###")}")) + ".");
        h.Figure("utility", OptionCharts.Utility(a), $"Utility of each option over the {a.Draws:N0} draws (0 worst, 1 best): the box spans the middle half (first to third quartile) with a line at the median, the whiskers the 5th to the 95th percentile; the diamond is the expected utility, the dot the mean of the worst tenth (CVaR10).");
        h.Figure("breach", OptionCharts.Breach(a), "Probability that each power's tolerance is breached under each option.");
        h.Figure("ranks", OptionCharts.Ranks(a), "Rank acceptability: the share of draws in which each option ranks first, second, and so on.");
        h.Figure("regret", OptionCharts.Regret(a), "Regret: the utility given up against the best option of each draw, on average and at the 95th percentile.");
        var limits = c.Tolerances.Select(t => $"{t.Id} ({t.Power}) at most {N(t.MaxBreachProbability, "0.###")}");
        h.Table(["option", "name", "EU", "5%-95%", "CVaR10", .. a.Powers.Select(p => $"P(breach {p})"), "P(best)", "regret", "regret p95", "admissible"],
            a.Options.OrderByDescending(o => o.ExpectedUtility).Select(o => (IReadOnlyList<string>)[
                o.Id, o.Name, N(o.ExpectedUtility, "0.000"), $"{N(o.EuLow, "0.000")}-{N(o.EuHigh, "0.000")}", N(o.Cvar10, "0.000"),
                .. a.Powers.Select(p => N(o.Breach[p], "0.000")), N(o.PBest, "0.000"), N(o.ExpectedRegret, "0.000"), N(o.RegretP95, "0.000"),
                o.Admissible ? "yes" : "no"]),
            $"Options, best expected utility first; tolerances: {string.Join("; ", limits)}");
    }

    public static void Sensitivity(Html h, Appraisal a)
    {
        h.Element("h2", "What would change the answer");
        if (a.Sensitivity is not { } s)
        {
            h.Element("p", "The sensitivities were not computed for this examination.");
            return;
        }
        if (s.Tornado.Count > 0 && s.OptionA is { } optionA)
        {
            var top = s.Tornado.Take(8).ToList();
            h.Figure("tornado", OtherCharts.Tornado(top),
                $"Tornado: how far {optionA}'s lead in expected utility over its strongest rival moves as each parameter crosses its range (the {top.Count} largest swings); left of 0 another option leads.");
        }
        var inside = s.Switching.Where(v => v.Value is not null && v.WithinRange).ToList();
        h.Raw("<ul id=\"worth-watching\">");
        foreach (var v in inside) h.Element("li", $"worth watching: {v.Statement}");
        foreach (var item in s.Evpi.ByUncertainty.Where(i => i.Value > 0).OrderByDescending(i => i.Value).Take(3))
            h.Element("li", $"worth learning: {item.Name} - knowing it before deciding is worth {N(item.Value, "0.0000")} in utility ({(s.Evpi.Total > 0 ? N(item.Value / s.Evpi.Total, "0%") : "-")} of the {N(s.Evpi.Total, "0.0000")} that perfect information on everything would be worth, against {s.Evpi.Against})");
        if (inside.Count == 0) h.Element("li", "no single weight or probability, moved within its stated range, changes the choice");
        if (a.Watching is { } w)
            foreach (var sp in w.Signposts.OrderByDescending(x => x.Evsi).ThenBy(x => x.Signpost, StringComparer.Ordinal))
                h.Element("li", $"worth watching: signpost {sp.Signpost}, value of its news {N(sp.Evsi, "0.0000")} (fires with probability {N(sp.FireProbability, "0.###")}; " +
                    (sp.IfFires == sp.IfClears ? $"{sp.IfFires} is best whether it fires or not)" : $"if it fires take {sp.IfFires}, if it clears {sp.IfClears})"));
        h.Raw("</ul>\n");
        h.Table(["parameter", "base", "switches at", "to", "inside the range"],
            s.Switching.Select(v => (IReadOnlyList<string>)[v.Parameter, N(v.Base, "0.###"), N(v.Value, "0.###"), v.OptionB ?? "-", v.Value is null ? "none" : v.WithinRange ? "yes" : "no"]),
            "Switching values: where the choice first changes as one parameter moves");
        foreach (var note in s.Notes) h.Element("p", $"note: {note}", "meta");
    }
}
