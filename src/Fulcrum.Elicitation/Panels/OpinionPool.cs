using Fulcrum.Core.Problems;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// Opinion pools: one probability distribution from several analysts' (Genest &amp; Zidek 1986,
/// "Combining probability distributions: a critique and an annotated bibliography", Statistical
/// Science 1(1):114–148; Clemen &amp; Winkler 1999, "Combining probability distributions from experts
/// in risk analysis", Risk Analysis 19(2):187–203). The analysts' shares are normalised to sum to 1.
/// </summary>
public static class OpinionPool
{
    /// <summary>
    /// The linear pool p(s) = Σₖ αₖ pₖ(s): the shares' mixture of the distributions. It keeps every
    /// scenario anyone thinks possible, and is what a panel's average probability usually means.
    /// </summary>
    public static double[] Linear(IReadOnlyList<IReadOnlyList<double>> distributions, IReadOnlyList<double> shares)
    {
        var alpha = Shares(distributions, shares);
        var m = distributions[0].Count;
        var pool = new double[m];
        for (var k = 0; k < distributions.Count; k++)
            for (var s = 0; s < m; s++) pool[s] += alpha[k] * distributions[k][s];
        return pool;
    }

    /// <summary>
    /// The logarithmic (geometric) pool p(s) ∝ Πₖ pₖ(s)^αₖ, renormalised over the scenarios. It is
    /// externally Bayesian (updating the pool equals pooling the updates) and sharper than the linear
    /// pool; one analyst's 0 vetoes a scenario. Null when every scenario is vetoed by someone, so that
    /// nothing is left to normalise.
    /// </summary>
    public static double[]? Logarithmic(IReadOnlyList<IReadOnlyList<double>> distributions, IReadOnlyList<double> shares)
    {
        var alpha = Shares(distributions, shares);
        var m = distributions[0].Count;
        var pool = new double[m];
        for (var s = 0; s < m; s++)
        {
            var log = 0.0;
            for (var k = 0; k < distributions.Count && !double.IsNegativeInfinity(log); k++)
                log += distributions[k][s] == 0 ? (alpha[k] > 0 ? double.NegativeInfinity : 0) : alpha[k] * Math.Log(distributions[k][s]);
            pool[s] = Math.Exp(log);
        }
        var sum = pool.Sum();
        if (!(sum > 0)) return null;
        for (var s = 0; s < m; s++) pool[s] /= sum;
        return pool;
    }

    private static double[] Shares(IReadOnlyList<IReadOnlyList<double>> distributions, IReadOnlyList<double> shares)
    {
        ArgumentNullException.ThrowIfNull(distributions);
        ArgumentNullException.ThrowIfNull(shares);
        Preconditions.Require(distributions.Count > 0 && distributions.Count == shares.Count, "one share per distribution, at least one");
        Preconditions.Require(distributions.All(d => d.Count == distributions[0].Count && d.All(p => p is >= 0 and <= 1)), "distributions over the same scenarios, each probability in [0, 1]");
        Preconditions.Require(shares.All(a => a >= 0 && double.IsFinite(a)) && shares.Sum() > 0, "shares are not negative and not all 0");
        var total = shares.Sum();
        return [.. shares.Select(a => a / total)];
    }
}
