using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The one-way tornado: each weight and each scenario probability in turn at the low and the high
/// end of its range (the case's range, or ±<see cref="AppraisalOptions.PointSwing"/> around a point),
/// the others renormalised, and the swing of EU(A) − EU(B) between the two ends.
/// </summary>
internal static class Tornado
{
    public static List<TornadoBar> Bars(CompiledCase m, PairDifference diff, AppraisalOptions options, List<string> notes)
    {
        var bars = new List<TornadoBar>();
        var c = m.Case;
        var weightBase = diff.BaseByWeights();
        for (var i = 0; i < m.I; i++)
        {
            var (low, high, source) = WeightRange(c.Interests[i].Weight, options.PointSwing);
            bars.Add(Bar(WeightName(c.Interests[i].Id), ParameterKind.Weight, c.Interests[i].Id, low, high, source,
                diff.AtWeight(i, low), diff.AtWeight(i, high), weightBase));
        }
        var scenarioBase = diff.BaseByScenario();
        for (var s = 0; s < m.S; s++)
        {
            var scenario = c.Scenarios[s];
            var (low, high, source) = ProbabilityRange(scenario, m.Probabilities[s], options.PointSwing);
            var (atLow, atHigh) = (diff.AtScenarioProbability(s, low), diff.AtScenarioProbability(s, high));
            if (double.IsNaN(atLow) || double.IsNaN(atHigh))
            {
                notes.Add($"{ProbabilityName(scenario.Id)}: not evaluated - moving it gives weight to a scenario with no draws (probability 0).");
                continue;
            }
            bars.Add(Bar(ProbabilityName(scenario.Id), ParameterKind.ScenarioProbability, scenario.Id, low, high, source, atLow, atHigh, scenarioBase));
        }
        return [.. bars.OrderByDescending(b => b.Swing).ThenBy(b => b.Parameter, StringComparer.Ordinal)];
    }

    public static string WeightName(string interest) => $"weight {interest}";

    public static string ProbabilityName(string scenario) => $"P({scenario})";

    /// <summary>A weight's range, or ±swing around a point weight.</summary>
    public static (double Low, double High, string Source) WeightRange(Scenario.Model.Interval weight, double swing) =>
        weight.IsPoint ? (weight.Low * (1 - swing), weight.Low * (1 + swing), Swing(swing)) : (weight.Low, weight.High, "range");

    /// <summary>
    /// A scenario probability's range: the case's prior range when it holds the probability used,
    /// otherwise ±swing around that probability, kept in [0, 1].
    /// </summary>
    public static (double Low, double High, string Source) ProbabilityRange(ScenarioState scenario, double used, double swing) =>
        scenario.PriorRange is { IsPoint: false } r && used >= r.Low && used <= r.High
            ? (r.Low, r.High, "range")
            : (Math.Max(0, used * (1 - swing)), Math.Min(1, used * (1 + swing)), Swing(swing));

    private static string Swing(double swing) => $"±{swing * 100:0.##}%";

    private static TornadoBar Bar(string name, ParameterKind kind, string id, double low, double high, string source,
        double atLow, double atHigh, double atBase) =>
        new(name, kind, id, low, high, source, atLow, atHigh, atBase, Math.Abs(atHigh - atLow));
}
