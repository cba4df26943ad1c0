using System.Globalization;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Switching values of the two leading options: for each scenario probability (on [0, 1]) and each
/// weight (on [0, ∞), scanned as t = w / (w + M) on [0, 1] with M the sum of weight midpoints), the
/// roots of EU(A) − EU(B), the one nearest the base reported.
/// </summary>
internal static class Switching
{
    private const int ScanCells = 64;

    public static List<SwitchingValue> Values(CompiledCase m, PairDifference diff, string a, string b, List<string> notes)
    {
        var c = m.Case;
        var (nameA, nameB) = (c.Options.First(o => o.Id == a).Name, c.Options.First(o => o.Id == b).Name);
        var list = new List<SwitchingValue>();
        for (var s = 0; s < m.S; s++)
        {
            var scenario = c.Scenarios[s];
            var k = s;
            if (double.IsNaN(diff.AtScenarioProbability(k, 0)) || double.IsNaN(diff.AtScenarioProbability(k, 1)))
            {
                notes.Add($"switching value of {Tornado.ProbabilityName(scenario.Id)}: not evaluated - a scenario it would give weight to has no draws (probability 0).");
                continue;
            }
            var roots = RootFinder.All(x => diff.AtScenarioProbability(k, x), 0, 1, ScanCells);
            var range = scenario.PriorRange;
            list.Add(Make(Tornado.ProbabilityName(scenario.Id), ParameterKind.ScenarioProbability, scenario.Id, a, b, nameA, nameB,
                roots, m.Probabilities[s], range?.Low ?? 0, range?.High ?? 1, "for any probability from 0 to 1",
                IsFlat(x => diff.AtScenarioProbability(k, x), 0, 1)));
        }
        var scale = m.WeightScale > 0 ? m.WeightScale : 1;
        for (var i = 0; i < m.I; i++)
        {
            var k = i;
            double AtT(double t) => t >= 1 ? diff.AtWeightLimit(k) : diff.AtWeight(k, scale * t / (1 - t));
            var roots = RootFinder.All(AtT, 0, 1, ScanCells).Where(t => t < 1).Select(t => scale * t / (1 - t)).ToList();
            var w = c.Interests[i].Weight;
            list.Add(Make(Tornado.WeightName(c.Interests[i].Id), ParameterKind.Weight, c.Interests[i].Id, a, b, nameA, nameB,
                roots, w.Mid, w.Low, w.High, "for any weight", IsFlat(AtT, 0, 1)));
        }
        return list;
    }

    private static bool IsFlat(Func<double, double> f, double a, double b)
    {
        for (var k = 0; k <= 8; k++) if (Math.Abs(f(a + (b - a) * k / 8)) > 1e-12) return false;
        return true;
    }

    private static SwitchingValue Make(string parameter, ParameterKind kind, string id, string a, string b, string nameA, string nameB,
        List<double> roots, double baseValue, double low, double high, string domain, bool flat)
    {
        if (flat)
            return new(parameter, kind, id, a, b, null, baseValue, low, high, false,
                $"none in range: {nameA} and {nameB} have the same expected utility {domain}");
        if (roots.Count == 0)
            return new(parameter, kind, id, a, b, null, baseValue, low, high, false, $"none in range: {nameB} does not overtake {nameA} {domain}");
        var value = roots.OrderBy(r => Math.Abs(r - baseValue)).ThenBy(r => r).First();
        var within = value >= low && value <= high;
        var direction = value >= baseValue ? "rises above" : "falls below";
        var where = within ? $"inside the case's range {F(low)}-{F(high)}" : $"outside the case's range {F(low)}-{F(high)}";
        return new(parameter, kind, id, a, b, value, baseValue, low, high, within,
            $"{nameB} overtakes {nameA} if {parameter} {direction} {F(value)} ({where})");
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
