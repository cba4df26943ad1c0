using Fulcrum.Core.Text;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// The numbers a case may hold: finite, and 0 or between <see cref="Smallest"/> and
/// <see cref="Largest"/> in size. The decision engine adds baselines and effects, takes spans
/// (best − worst, high − low), multiplies weights by values and likelihood ratios together, over
/// tens of thousands of terms: within these bounds every such sum, span and product stays a
/// finite, normal double, so no appraisal can come out NaN. Infinity is allowed only as a bound
/// of a normal distribution (a normal truncated on one side).
/// </summary>
internal static class CaseNumbers
{
    /// <summary>The largest size of a number (a trillion: world GDP is about 1e14 dollars, 1e5 USD bn).</summary>
    public const double Largest = 1e12;

    /// <summary>The smallest size of a number other than 0.</summary>
    public const double Smallest = 1e-12;

    /// <summary>The bounds in words, for messages.</summary>
    public const string Bounds = "0 or between 1e-12 and 1e12 in size (1e-12 ≤ |x| ≤ 1e12)";

    /// <summary>
    /// The most the likelihood ratios on one scenario may multiply to, or divide by, when every
    /// signpost fires (1e300; a double overflows past 1.8e308).
    /// </summary>
    public const double MaxRatioProductLog10 = 300;

    /// <summary>Why <paramref name="x"/> is not a number a case may hold, or null when it is.</summary>
    public static (string Message, string Hint)? Problem(double x, string what)
    {
        if (double.IsNaN(x)) return ($"{what} is not a number", "write a plain number such as 0.25 or -3");
        if (double.IsInfinity(x))
            return ($"{what} must be a finite number, not {(x > 0 ? ".inf" : "-.inf")}", "only the bounds of a normal distribution may be .inf or -.inf");
        var size = Math.Abs(x);
        if (size > Largest)
            return ($"{what} is {Echo.Number(x)}: too large; numbers in a case are {Bounds}",
                "the engine adds and multiplies them: write the quantity in a larger unit (USD bn, not USD)");
        if (size > 0 && size < Smallest)
            return ($"{what} is {Echo.Number(x)}: too small; numbers in a case are {Bounds}",
                "write 0, or the quantity in a smaller unit");
        return null;
    }
}
