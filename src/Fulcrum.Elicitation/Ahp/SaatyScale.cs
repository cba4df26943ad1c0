using System.Globalization;

namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// Saaty's fundamental scale of pairwise judgements (Saaty 1980, <i>The Analytic Hierarchy Process</i>;
/// Saaty 1990, EJOR 48(1):9–26): 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme
/// importance of the first over the second, 2, 4, 6, 8 between, and their reciprocals when the second
/// matters more. A judgement may be any number in [1/9, 9]; suggestions are rounded to the 17 values.
/// </summary>
public static class SaatyScale
{
    /// <summary>The largest judgement: extreme importance.</summary>
    public const double Max = 9;

    /// <summary>The smallest judgement, 1/9.</summary>
    public const double Min = 1.0 / 9;

    /// <summary>The 17 values of the scale, ascending: 1/9 … 1/2, 1, 2 … 9.</summary>
    public static IReadOnlyList<double> Values { get; } =
        [.. Enumerable.Range(2, 8).Reverse().Select(k => 1.0 / k), .. Enumerable.Range(1, 9).Select(k => (double)k)];

    /// <summary>Whether <paramref name="value"/> is a judgement the scale allows: a number in [1/9, 9] (with rounding slack).</summary>
    public static bool Contains(double value) => value >= Min * (1 - 1e-9) && value <= Max * (1 + 1e-9);

    /// <summary>The scale value nearest to <paramref name="ratio"/> on a log scale (so 1/3 and 3 are equally far from 1); beyond the ends, the end.</summary>
    public static double Nearest(double ratio)
    {
        Core.Problems.Preconditions.Require(ratio > 0 && double.IsFinite(ratio), "a ratio is a positive finite number");
        var log = Math.Log(ratio);
        var best = Values[0];
        foreach (var v in Values)
            if (Math.Abs(Math.Log(v) - log) < Math.Abs(Math.Log(best) - log)) best = v;
        return best;
    }

    /// <summary>A judgement as people write it: <c>3</c>, <c>1/3</c>, or a decimal such as <c>2.5</c> off the scale.</summary>
    public static string Format(double value)
    {
        foreach (var v in Values)
            if (Math.Abs(v - value) <= 1e-9 * v)
                return v >= 1 ? ((int)Math.Round(v)).ToString(CultureInfo.InvariantCulture) : $"1/{(int)Math.Round(1 / v)}";
        return value.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>Saaty's words for an intensity 1–9 (the first over the second), for an interactive host's prompt.</summary>
    public static string Describe(int intensity) => intensity switch
    {
        1 => "equal importance",
        2 => "equal to moderate",
        3 => "moderate importance",
        4 => "moderate to strong",
        5 => "strong importance",
        6 => "strong to very strong",
        7 => "very strong importance",
        8 => "very strong to extreme",
        9 => "extreme importance",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "precondition failed: intensity must be 1-9"),
    };

    /// <summary>
    /// Reads a judgement as typed or written in a file: a number (<c>3</c>, <c>0.5</c>) or a fraction
    /// (<c>1/3</c>), which must be positive and within [1/9, 9]. Never throws.
    /// </summary>
    public static JudgementText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 0) return JudgementText.Bad("no judgement given", "write a number from the scale 1/9 … 9, e.g. 3 or 1/3");
        double value;
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryNumber(t[..slash], out var top) || !TryNumber(t[(slash + 1)..], out var bottom))
                return JudgementText.Bad($"'{t}' is not a judgement", "write a number or a fraction such as 1/3");
            if (bottom == 0) return JudgementText.Bad($"'{t}' divides by zero", "write a fraction such as 1/3");
            value = top / bottom;
        }
        else if (!TryNumber(t, out value))
        {
            return JudgementText.Bad($"'{t}' is not a judgement", "write a number or a fraction such as 1/3");
        }
        if (value == 0) return JudgementText.Bad($"judgement {t} is zero", "a judgement says how many times more one matters than the other: 1 (equal) to 9, or 1/9 to 1");
        if (value < 0) return JudgementText.Bad($"judgement {t} is negative", "judgements are positive: 1/9 … 1 … 9");
        if (!Contains(value))
            return JudgementText.Bad($"judgement {t} is outside Saaty's scale 1/9 … 9",
                value > Max ? "9 is extreme importance: write at most 9" : "1/9 is extreme importance of the other: write at least 1/9");
        return new JudgementText(Math.Clamp(value, Min, Max), "", "");
    }

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}

/// <summary>A judgement read from text: its value, or why it is not one and what to write instead.</summary>
/// <param name="Value">The judgement, in [1/9, 9]; 0 when <see cref="Ok"/> is false.</param>
/// <param name="Error">What is wrong; empty when it is a judgement.</param>
/// <param name="Hint">What to write instead; empty when it is a judgement.</param>
public sealed record JudgementText(double Value, string Error, string Hint)
{
    public bool Ok => Error.Length == 0;

    internal static JudgementText Bad(string error, string hint) => new(0, error, hint);
}
