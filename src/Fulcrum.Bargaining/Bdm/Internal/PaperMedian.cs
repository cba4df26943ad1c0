namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// The median voter position of the paper: the Condorcet winner among the actors' positions when
/// actor k casts v^k(a, b) = w_k (|x_k − b| − |x_k − a|) / Δ for a against b (r = 1). Summing
/// those votes, a beats b exactly when F(a) &lt; F(b), with F(p) = Σ_k w_k |x_k − p|; so the
/// Condorcet winner is the position that minimises F, the weighted median. It always exists: with
/// r = 1 the pairwise votes cannot cycle. Several positions can tie (F flat between them); the tie
/// goes to the tied position nearest the weighted mean, and then to the lower one.
/// </summary>
internal static class PaperMedian
{
    /// <summary>Relative tolerance under which two values of F count as a tie (rounding of the sums).</summary>
    private const double TieTolerance = 1e-12;

    public static double Median(BdmActors actors, ReadOnlySpan<double> x)
    {
        var w = actors.Weight;
        var totalWeight = 0.0;
        for (var k = 0; k < x.Length; k++) totalWeight += w[k];
        var tolerance = TieTolerance * totalWeight * Math.Max(actors.Range, double.Epsilon);

        var best = double.PositiveInfinity;
        Span<double> scores = x.Length <= 256 ? stackalloc double[x.Length] : new double[x.Length];
        for (var a = 0; a < x.Length; a++)
        {
            var f = 0.0;
            for (var k = 0; k < x.Length; k++) f += w[k] * Math.Abs(x[k] - x[a]);
            scores[a] = f;
            if (f < best) best = f;
        }

        var mean = Mean(actors, x);
        var chosen = double.NaN;
        for (var a = 0; a < x.Length; a++)
        {
            if (scores[a] > best + tolerance) continue;
            if (double.IsNaN(chosen)) { chosen = x[a]; continue; }
            var da = Math.Abs(x[a] - mean);
            var dc = Math.Abs(chosen - mean);
            if (da < dc || (da == dc && x[a] < chosen)) chosen = x[a];
        }
        return chosen;
    }

    /// <summary>The weighted mean Σ c s x / Σ c s.</summary>
    public static double Mean(BdmActors actors, ReadOnlySpan<double> x)
    {
        var w = actors.Weight;
        double top = 0, bottom = 0;
        for (var k = 0; k < x.Length; k++)
        {
            top += w[k] * x[k];
            bottom += w[k];
        }
        return top / bottom;
    }
}
