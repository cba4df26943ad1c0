namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The compromise two actors reach, dimension by dimension (KTAB <c>SMPActor::interpolateBrgn</c>,
/// <c>interpBrgnSnPm</c>, <c>interpBrgnS2PMax</c>).
/// </summary>
internal static class Interpolation
{
    // Keeps 0/0 away when neither actor cares or neither can coerce; the asymmetry is KTAB's, on purpose.
    private const double MinWeight = 1e-6;

    /// <summary>
    /// The bargain between i at <paramref name="posI"/> and j at <paramref name="posJ"/> when i wins
    /// with probability <paramref name="probI"/> and j with <paramref name="probJ"/>.
    /// </summary>
    public static Bargain Interpolate(
        SmpActors actors, int i, int j, double[] posI, double[] posJ, double probI, double probJ, InterVecBargain rule)
    {
        var dims = actors.Dims;
        var bi = new double[dims];
        var bj = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            var ti = posI[d];
            var tj = posJ[d];
            var si = actors.Salience[(i * dims) + d];
            var sj = actors.Salience[(j * dims) + d];
            (bi[d], bj[d]) = rule switch
            {
                InterVecBargain.S1P1 => PowerWeighted(1, 1, ti, si, probI, tj, sj, probJ),
                InterVecBargain.S2PMax => MaxShift(ti, si, probI, tj, sj, probJ),
                _ => PowerWeighted(2, 2, ti, si, probI, tj, sj, probJ),
            };
        }
        return new Bargain(i, j, bi, bj);
    }

    // Weights s^n P^m; both actors are offered (nearly) the same point, rounded to 1e-4.
    private static (double, double) PowerWeighted(int n, int m, double ti, double si, double pi, double tj, double sj, double pj)
    {
        var wi = Math.Pow(si, n) * Math.Pow(pi, m);
        var wj = Math.Pow(sj, n) * Math.Pow(pj, m);
        var bi = SmpMath.Round4((((wi + MinWeight) * ti) + (wj * tj)) / (wi + MinWeight + wj));
        var bj = SmpMath.Round4(((wi * ti) + ((MinWeight + wj) * tj)) / (wi + MinWeight + wj));
        return (bi, bj);
    }

    // The likelier winner stays put; the other moves by the probability gap, salience-squared weighted.
    private static (double, double) MaxShift(double ti, double si, double pi, double tj, double sj, double pj)
    {
        var di = pj > pi ? pj - pi : 0;
        var dj = pi > pj ? pi - pj : 0;
        var si2 = si * si;
        var sj2 = sj * sj;
        var dik = di * sj2 / ((di * sj2) + MinWeight + ((1 - di) * si2));
        var djk = dj * si2 / ((dj * si2) + MinWeight + ((1 - dj) * sj2));
        return (ti + (dik * (tj - ti)), tj + (djk * (ti - tj)));
    }
}
