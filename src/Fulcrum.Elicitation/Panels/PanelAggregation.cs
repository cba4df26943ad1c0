using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// Combines a panel's inputs (docs/elicitation.md): weights by the geometric mean of AHP judgements
/// (Aczél &amp; Saaty 1983, "Procedures for synthesizing ratio judgements", J. Math. Psychology 27:93–102)
/// when every analyst gave them, else by the mean of the weights; probabilities by the linear and the
/// logarithmic pool. Each analyst counts by their share (analyst weights normalised; equal by default).
/// </summary>
public static class PanelAggregation
{
    public static Checked<PanelAggregate> Aggregate(Panel panel, PanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        Preconditions.Require(panel.Analysts.Count > 0, "a panel has at least one analyst");
        options ??= PanelOptions.Default;
        var total = panel.Analysts.Sum(a => a.AnalystWeight);
        var shares = panel.Analysts.Select(a => a.AnalystWeight / total).ToArray();

        PairwiseMatrix? judgements = null;
        AhpResult? analysis = null;
        double[]? weights = null;
        var weightRule = "none given";
        if (panel.HasWeights)
        {
            var all = panel.Analysts.Select(a => a.Weights!).ToList();
            if (options.Weights == WeightPooling.Auto && panel.Analysts.All(a => a.Judgements is not null))
            {
                judgements = GeometricMean(panel, shares);
                analysis = AhpAnalysis.Analyze(judgements, options.Ahp);
                weights = [.. analysis.Weights];
                weightRule = "principal eigenvector of the geometric mean of the analysts' judgements (Aczél & Saaty 1983)";
            }
            else if (options.Weights == WeightPooling.Geometric)
            {
                weights = Geometric(all, shares);
                if (weights is null)
                    return Checked<PanelAggregate>.Failure([Problem.About(ElicitationSubjects.Panel,
                        "the geometric mean of the weights is 0 for every interest: each has a weight of 0 from some analyst",
                        "pool the weights by their arithmetic mean instead")]);
                weightRule = "geometric mean of the analysts' normalised weights, renormalised";
            }
            else
            {
                weights = [.. panel.Interests.Select((_, i) => all.Select((w, k) => shares[k] * w[i]).Sum())];
                weightRule = "arithmetic mean of the analysts' normalised weights";
            }
        }
        var spread = weights is null ? null : panel.Interests.Select((_, i) =>
            new Interval(Math.Min(weights[i], panel.Analysts.Min(a => a.Weights![i])), Math.Max(weights[i], panel.Analysts.Max(a => a.Weights![i])))).ToList();

        double[]? linear = null, log = null, chosen = null;
        var probabilityRule = "none given: the case's priors";
        if (panel.HasProbabilities)
        {
            var dists = panel.Analysts.Select(a => a.Probabilities!).ToList();
            linear = OpinionPool.Linear(dists, shares);
            log = OpinionPool.Logarithmic(dists, shares);
            if (options.Probabilities == ProbabilityPooling.Logarithmic && log is null)
                return Checked<PanelAggregate>.Failure([Problem.About(ElicitationSubjects.Panel,
                    "the logarithmic pool is undefined: every scenario is given probability 0 by some analyst",
                    "use the linear pool, or ask the analysts to give each scenario they doubt a small probability rather than 0")]);
            (chosen, probabilityRule) = options.Probabilities == ProbabilityPooling.Linear
                ? (linear, "linear opinion pool")
                : (log, "logarithmic opinion pool (renormalised weighted geometric mean)");
        }
        return Checked<PanelAggregate>.Success(new PanelAggregate(shares, weights, spread, weightRule, judgements, analysis, linear, log, chosen, probabilityRule));
    }

    /// <summary>aᵢⱼ = Πₖ aᵢⱼ,ₖ^αₖ: reciprocal again, and on the scale when every analyst's is.</summary>
    private static PairwiseMatrix GeometricMean(Panel panel, double[] shares) =>
        PairwiseMatrix.Build(panel.Interests, (i, j) =>
            Math.Clamp(Math.Exp(panel.Analysts.Select((a, k) => shares[k] * Math.Log(a.Judgements![i, j])).Sum()), SaatyScale.Min, SaatyScale.Max));

    private static double[]? Geometric(List<IReadOnlyList<double>> all, double[] shares)
    {
        var n = all[0].Count;
        var g = new double[n];
        for (var i = 0; i < n; i++)
            g[i] = all.Any(w => w[i] == 0) ? 0 : Math.Exp(all.Select((w, k) => shares[k] * Math.Log(w[i])).Sum());
        var sum = g.Sum();
        if (!(sum > 0)) return null;
        for (var i = 0; i < n; i++) g[i] /= sum;
        return g;
    }
}
