namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// The random index RI(n): the mean consistency index of random reciprocal matrices of order n,
/// the yardstick of the consistency ratio CR = CI / RI.
/// <list type="bullet">
/// <item>n = 3 … 10: Saaty's values 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 (Saaty 1980,
/// <i>The Analytic Hierarchy Process</i>; Saaty 1990, "How to make a decision", EJOR 48(1):9–26).</item>
/// <item>n = 11 … 15: Alonso &amp; Lamata (2006), "Consistency in the analytic hierarchy process: a
/// new approach", Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4):445–459, whose
/// simulation of random matrices on Saaty's scale gives 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
/// (Their values for n ≤ 10 differ slightly from Saaty's; for n ≤ 10 Saaty's are used, as is usual.)</item>
/// <item>n = 1, 2: every reciprocal matrix is consistent; CR is 0.</item>
/// <item>n &gt; 15: no published index is used; the consistency ratio is not rated.</item>
/// </list>
/// </summary>
public static class RandomIndex
{
    /// <summary>The largest order with a random index.</summary>
    public const int MaxOrder = 15;

    private static readonly double[] Saaty = [0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];
    private static readonly double[] AlonsoLamata = [1.5141, 1.5365, 1.5551, 1.5713, 1.5838];

    /// <summary>RI(n) for n = 3 … 15; null otherwise (n ≤ 2 needs none, n &gt; 15 has none).</summary>
    public static double? For(int n) => n switch
    {
        >= 3 and <= 10 => Saaty[n - 3],
        >= 11 and <= MaxOrder => AlonsoLamata[n - 11],
        _ => null,
    };

    /// <summary>Where RI(n) comes from, in a few words for a report.</summary>
    public static string Source(int n) => n switch
    {
        <= 2 => "none needed: every 1×1 or 2×2 reciprocal matrix is consistent",
        <= 10 => "Saaty (1980)",
        <= MaxOrder => "Alonso & Lamata (2006)",
        _ => $"none: published random indices stop at n = {MaxOrder}",
    };
}
