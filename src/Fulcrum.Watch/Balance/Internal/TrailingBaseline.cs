namespace Fulcrum.Watch.Balance.Internal;

/// <summary>
/// Standardises each point on the <c>window</c> points just before it: z = (x − mean) / sd, with the
/// sample (n − 1) standard deviation. The first <c>window</c> points have no z (their baseline is not
/// full), nor does a point whose baseline has no spread (every value equal: any move would be infinitely many sd).
/// </summary>
internal static class TrailingBaseline
{
    public static (double? Mean, double? Sd, double? Z)[] Of(IReadOnlyList<double> x, int window)
    {
        var result = new (double?, double?, double?)[x.Count];
        for (var t = window; t < x.Count; t++)
        {
            double sum = 0;
            for (var i = t - window; i < t; i++) sum += x[i];
            var mean = sum / window;
            double ss = 0;
            for (var i = t - window; i < t; i++) ss += (x[i] - mean) * (x[i] - mean);
            var sd = Math.Sqrt(ss / (window - 1));
            result[t] = (mean, sd, sd > 0 ? (x[t] - mean) / sd : null);
        }
        return result;
    }
}
