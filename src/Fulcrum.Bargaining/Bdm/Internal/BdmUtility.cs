namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// The utilities of Scholz et al. (2011), from the view of an actor with risk exponent r, for a
/// distance d given as a fraction of the position range: U_s (success), U_f (failure), U_b and
/// U_w (the better and worse outcomes around the median), U_sq (the status quo).
/// </summary>
internal static class BdmUtility
{
    public static double Success(double d, double r) => 2 - 4 * Power(0.5 - 0.5 * d, r);

    public static double Failure(double d, double r) => 2 - 4 * Power(0.5 + 0.5 * d, r);

    public static double Better(double dMedian, double d, double r) => 2 - 4 * Power(0.5 - 0.25 * (dMedian + d), r);

    public static double Worse(double dMedian, double d, double r) => 2 - 4 * Power(0.5 + 0.25 * (dMedian + d), r);

    public static double StatusQuo(double r) => 2 - 4 * Power(0.5, r);

    /// <summary>
    /// b^r for b ≥ 0. A base a rounding error below 0 (a distance a hair over the range after a
    /// compromise) is taken as 0 instead of giving NaN; r = 1 skips the power (the risk step runs
    /// with r = 1 for everyone).
    /// </summary>
    public static double Power(double b, double r)
    {
        if (b <= 0) return 0;
        return r == 1.0 ? b : Math.Pow(b, r);
    }
}
