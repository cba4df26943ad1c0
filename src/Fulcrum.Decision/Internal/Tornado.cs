using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The one-way tornado: each weight, scenario probability and tolerance limit in turn at the low and
/// the high end of its range (the case's range, or ±<see cref="AppraisalOptions.PointSwing"/> around
/// a point), the others renormalised; the bar is option A's margin over its strongest rival there,
/// with the rule's choice at each end. Bars that change the choice come first, then by swing.
/// </summary>
internal static class Tornado
{
    public static List<TornadoBar> Bars(CompiledCase m, RuleCurves curves, int a, AppraisalOptions options, List<string> notes)
    {
        var c = m.Case;
        var ids = c.Options.Select(o => o.Id).ToArray();
        var bars = new TornadoBar?[m.I];
        var weightBase = curves.Base();
        Parallel.For(0, m.I, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 }, i =>
        {
            var (low, high, source) = WeightRange(c.Interests[i].Weight, options.PointSwing);
            var ends = curves.AtWeights(i, [low, high]); // one pass over the draws for both ends
            var (atLow, atHigh) = (ends[0], ends[1]);
            bars[i] = Bar(WeightName(c.Interests[i].Id), ParameterKind.Weight, c.Interests[i].Id, low, high, source, atLow, atHigh, weightBase, a, ids)
                with
            { ShareLow = Share(m, i, low), ShareHigh = Share(m, i, high) };
        });
        var list = bars.Select(b => b!).ToList();
        var scenarioBase = curves.AtScenarioProbability(0, m.Probabilities[0]);
        for (var s = 0; s < m.S; s++)
        {
            var scenario = c.Scenarios[s];
            var (low, high, source) = ProbabilityRange(scenario, m.Probabilities[s], options.PointSwing);
            if (curves.AtScenarioProbability(s, low) is not { } atLow || curves.AtScenarioProbability(s, high) is not { } atHigh || scenarioBase is null)
            {
                notes.Add($"{ProbabilityName(scenario.Id)}: not evaluated - moving it gives weight to a scenario with no draws (probability 0).");
                continue;
            }
            list.Add(Bar(ProbabilityName(scenario.Id), ParameterKind.ScenarioProbability, scenario.Id, low, high, source, atLow, atHigh, scenarioBase, a, ids));
        }
        for (var t = 0; t < m.T; t++)
        {
            var tolerance = c.Tolerances[t];
            var (low, high, source) = LimitRange(tolerance.MaxBreachProbability, options.PointSwing);
            list.Add(Bar(LimitName(tolerance.Id), ParameterKind.ToleranceLimit, tolerance.Id, low, high, source,
                curves.AtLimit(t, low), curves.AtLimit(t, high), weightBase, a, ids));
        }
        return [.. list.OrderByDescending(b => b.ChangesChoice(ids[a])).ThenByDescending(b => b.Swing).ThenBy(b => b.Parameter, StringComparer.Ordinal)];
    }

    public static string WeightName(string interest) => $"weight {interest}";

    public static string ProbabilityName(string scenario) => $"P({scenario})";

    public static string LimitName(string tolerance) => $"limit {tolerance}";

    /// <summary>Interest <paramref name="i"/>'s weight <paramref name="w"/> as a share of the total, the other weights at their midpoints.</summary>
    public static double Share(CompiledCase m, int i, double w)
    {
        var others = m.WeightScale - m.WeightMid[i];
        return double.IsPositiveInfinity(w) ? 1 : w + others > 0 ? w / (w + others) : 1;
    }

    /// <summary>A weight's range, or ±swing around a point weight.</summary>
    public static (double Low, double High, string Source) WeightRange(Interval weight, double swing) =>
        weight.IsPoint ? (weight.Low * (1 - swing), weight.Low * (1 + swing), Swing(swing)) : (weight.Low, weight.High, "range");

    /// <summary>
    /// A scenario probability's range: the case's prior range when it holds the probability used,
    /// otherwise ±swing around that probability, kept in [0, 1].
    /// </summary>
    public static (double Low, double High, string Source) ProbabilityRange(ScenarioState scenario, double used, double swing) =>
        scenario.PriorRange is { IsPoint: false } r && used >= r.Low && used <= r.High
            ? (r.Low, r.High, "range")
            : (Math.Max(0, used * (1 - swing)), Math.Min(1, used * (1 + swing)), Swing(swing));

    /// <summary>A tolerance limit's range: ±swing around it, kept in [0, 1] (the case states limits as points).</summary>
    public static (double Low, double High, string Source) LimitRange(double limit, double swing) =>
        (Math.Max(0, limit * (1 - swing)), Math.Min(1, limit * (1 + swing)), Swing(swing));

    private static string Swing(double swing) => $"±{swing * 100:0.##}%";

    private static TornadoBar Bar(string name, ParameterKind kind, string id, double low, double high, string source,
        RuleCurves.Point atLow, RuleCurves.Point atHigh, RuleCurves.Point atBase, int a, string[] ids)
    {
        var (l, h) = (atLow.Margin(a), atHigh.Margin(a));
        return new(name, kind, id, low, high, source, l, h, atBase.Margin(a), Math.Abs(h - l), ids[atLow.Choice], ids[atHigh.Choice], null, null);
    }
}
