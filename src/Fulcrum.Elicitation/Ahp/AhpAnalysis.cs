using Fulcrum.Elicitation.Ahp.Internal;

namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// Saaty's analytic hierarchy process for one level: the weights of a pairwise matrix (principal
/// eigenvector, and row geometric means beside it), λmax, CI, CR and, when CR is too high, the
/// judgements to revisit. Pure and deterministic.
/// </summary>
public static class AhpAnalysis
{
    /// <summary>Weights and consistency of <paramref name="matrix"/>.</summary>
    public static AhpResult Analyze(PairwiseMatrix matrix, AhpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AhpOptions.Default;
        var n = matrix.Count;
        var w = new double[n];
        var (lambda, steps) = PrincipalEigen.Solve(matrix.Cells, n, options.Tolerance, w);
        var (ci, ri, cr) = Ratios(lambda, n);
        var consistency = cr is not { } r ? Consistency.NotRated
            : r <= options.AcceptableRatio ? Consistency.Acceptable : Consistency.Inconsistent;
        var revisions = consistency == Consistency.Inconsistent && options.Revisions > 0 ? Revise(matrix, w, lambda, options) : [];
        return new AhpResult([.. matrix.Ids], w, GeometricMean(matrix), lambda, ci, ri, cr, consistency, revisions, steps);
    }

    /// <summary>The normalised row geometric means (the logarithmic least-squares weights).</summary>
    public static IReadOnlyList<double> GeometricMean(PairwiseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.Count;
        var g = new double[n];
        for (var i = 0; i < n; i++)
        {
            var log = 0.0;
            for (var j = 0; j < n; j++) log += Math.Log(matrix[i, j]);
            g[i] = Math.Exp(log / n);
        }
        var sum = g.Sum();
        for (var i = 0; i < n; i++) g[i] /= sum;
        return g;
    }

    /// <summary>CI, RI and CR for λmax of an n × n matrix (CI clamped at 0 against rounding).</summary>
    internal static (double Ci, double? Ri, double? Cr) Ratios(double lambda, int n)
    {
        if (n <= 2) return (0, null, 0);
        var ci = Math.Max(0, (lambda - n) / (n - 1));
        var ri = RandomIndex.For(n);
        return (ci, ri, ri is { } r ? ci / r : null);
    }

    /// <summary>
    /// For each judgement above the diagonal, the matrix with it replaced by the scale value nearest
    /// to w_i / w_j; the replacements that lower λmax most, best first (ties by position).
    /// </summary>
    private static List<JudgementRevision> Revise(PairwiseMatrix matrix, double[] w, double lambda, AhpOptions options)
    {
        var n = matrix.Count;
        var candidates = new List<(JudgementRevision Revision, int Order)>();
        var scratch = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var implied = w[i] / w[j];
                var suggested = SaatyScale.Nearest(implied);
                if (Math.Abs(suggested - matrix[i, j]) <= 1e-12 * suggested) continue;
                var revised = matrix.With(i, j, suggested);
                var (after, _) = PrincipalEigen.Solve(revised.Cells, n, options.Tolerance, scratch);
                if (after >= lambda) continue;
                var cr = Ratios(after, n).Cr!.Value;
                candidates.Add((new JudgementRevision(matrix.Ids[i], matrix.Ids[j], matrix[i, j], implied, suggested, after, cr), i * n + j));
            }
        }
        return [.. candidates.OrderBy(c => c.Revision.LambdaMaxAfter).ThenBy(c => c.Order).Take(options.Revisions).Select(c => c.Revision)];
    }
}
