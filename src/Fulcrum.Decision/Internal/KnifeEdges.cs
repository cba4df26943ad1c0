using System.Globalization;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Tolerances on a knife edge: |p̂ − limit| ≤ 2 √(p̂(1 − p̂) / N), the estimate within two Monte
/// Carlo standard errors of its accepted maximum, so that whether the option is admissible there
/// depends on the seed. The draws that would settle it make the gap two standard errors:
/// N' = 4 p̂(1 − p̂) / (p̂ − limit)².
/// </summary>
internal static class KnifeEdges
{
    public static List<KnifeEdge> Of(CompiledCase m, Measures x, int k, int draws)
    {
        var list = new List<KnifeEdge>();
        for (var t = 0; t < m.T; t++)
        {
            var p = x.BreachTolerance[k][t];
            var limit = m.Case.Tolerances[t].MaxBreachProbability;
            var se = Math.Sqrt(p * (1 - p) / draws);
            var gap = Math.Abs(p - limit);
            if (!(se > 0) || gap > 2 * se) continue;
            long? settle = gap > 0 ? (long)Math.Ceiling(4 * p * (1 - p) / (gap * gap)) : null;
            list.Add(new KnifeEdge(m.Case.Tolerances[t].Id, p, limit, se, settle));
        }
        return list;
    }

    /// <summary>"Offer to mediate is admissible, but its breach of '…' (0.0987) lies within …".</summary>
    public static string Caveat(string option, bool admissible, string tolerance, KnifeEdge e)
    {
        var state = admissible ? "admissible" : "inadmissible";
        var settle = e.DrawsToSettle is { } n
            ? $"about {n.ToString("N0", CultureInfo.InvariantCulture)} draws would settle it"
            : "it equals the limit, so no number of draws settles it: read the limit as the judgement it is";
        return $"{option} is {state} only by a knife edge: its breach probability of '{tolerance}' ({F(e.Breach)}) lies within two Monte Carlo " +
            $"standard errors ({F(e.StandardError)} each) of the {F(e.Limit)} accepted, so another seed can turn it; {settle}.";
    }

    private static string F(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
