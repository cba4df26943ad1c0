using System.Globalization;

namespace Fulcrum.Decision.Internal;

/// <summary>The one-sentence reasons of the recommendation, in plain words with the numbers behind them.</summary>
internal static class ReasonText
{
    public static string Leader(CompiledCase m, Measures x, int k, int? runner, int admissible, double differenceSe)
    {
        var c = m.Case;
        var name = c.Options[k].Name;
        var value = runner is { } r
            ? $"the highest expected utility of the {admissible} options that do ({Versus(x.Eu[k], x.Eu[r], c.Options[r].Name, differenceSe)})"
            : m.O == 1 ? $"an expected utility of {U(x.Eu[k])} (it is the only option)" : $"is the only option that does (expected utility {U(x.Eu[k])})";
        if (m.T == 0)
            return runner is { } r2
                ? $"{name} has the highest expected utility ({Versus(x.Eu[k], x.Eu[r2], c.Options[r2].Name, differenceSe)}); the case states no tolerances, so every option is admissible."
                : $"{name} has an expected utility of {U(x.Eu[k])}; the case states no tolerances.";
        var joiner = runner is null && m.O > 1 ? " and " : " and has ";
        return $"{name} keeps every power inside its tolerance ({Holds(m, x, k)}){joiner}{value}.";
    }

    public static string LowerTailRegret(CompiledCase m, Measures x, int k, int leader, int admissible, double quantile)
    {
        var c = m.Case;
        var q = Pct(quantile);
        var keeps = m.T == 0 ? "is admissible (the case states no tolerances)" : $"keeps every power inside its tolerance ({Holds(m, x, k)})";
        return $"{c.Options[k].Name} {keeps} and, although {c.Options[leader].Name} has a slightly higher " +
            $"expected utility ({Pair(x.Eu[leader], x.Eu[k])}), {c.Options[k].Name}'s {q}-percentile regret is clearly lower ({Pair(x.RegretQuantile[k], x.RegretQuantile[leader])} " +
            $"for {c.Options[leader].Name}), which makes it the more robust of the {admissible} admissible options.";
    }

    public static string NoneAdmissible(CompiledCase m, Measures x, int k, int tolerance)
    {
        var t = m.Case.Tolerances[tolerance];
        return $"No option keeps every power inside its tolerance; {m.Case.Options[k].Name} breaches least: " +
            $"'{t.Name}' fails with {P(x.BreachTolerance[k][tolerance])} probability against the {P(t.MaxBreachProbability)} accepted.";
    }

    /// <summary>"'Russia keeps deconflicting …' holds with 99% probability; '…' with 93%".</summary>
    private static string Holds(CompiledCase m, Measures x, int k)
    {
        var parts = m.Case.Tolerances.Select((t, i) => (t, hold: 1 - x.BreachTolerance[k][i])).ToList();
        return string.Join("; ", parts.Select((p, i) => i == 0
            ? $"'{p.t.Name}' holds with {P(p.hold)} probability"
            : $"'{p.t.Name}' with {P(p.hold)}"));
    }

    /// <summary>A probability as a percentage; one decimal near 0 and 1 so that 99.6% is not shown as 100%.</summary>
    public static string P(double p)
    {
        if (p >= 1) return "100%";
        if (p <= 0) return "0%";
        var pct = p * 100;
        return pct is > 99.5 or < 0.5 ? pct.ToString("0.0", CultureInfo.InvariantCulture) + "%" : pct.ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    private static string Pct(double q) => (q * 100).ToString("0", CultureInfo.InvariantCulture) + "th";

    public static string U(double u) => u.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// "0.880 against 0.879 for Y"; with as many digits as it takes to tell the two apart (up to 8);
    /// "tied within Monte Carlo error with Y (…)" when they differ by no more than twice the
    /// standard error of their difference.
    /// </summary>
    public static string Versus(double a, double b, string other, double differenceSe)
    {
        if (Math.Abs(a - b) <= 2 * differenceSe)
            return $"tied within Monte Carlo error with {other}: {Pair(a, b)}, a difference of {G(Math.Abs(a - b))} against a standard error of {G(differenceSe)}";
        return $"{Pair(a, b)} for {other}";
    }

    /// <summary>"0.8801 against 0.8799": the fewest digits (3 to 8) that show the two differ.</summary>
    public static string Pair(double a, double b)
    {
        var digits = 3;
        while (digits < 8 && Math.Round(a, digits) == Math.Round(b, digits)) digits++;
        var format = "0." + new string('0', digits);
        return $"{a.ToString(format, CultureInfo.InvariantCulture)} against {b.ToString(format, CultureInfo.InvariantCulture)}";
    }

    private static string G(double x) => x.ToString("0.0#####", CultureInfo.InvariantCulture);
}
