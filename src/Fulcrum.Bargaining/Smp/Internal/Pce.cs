namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The probabilistic Condorcet election (KTAB <c>Model::scalarPCE</c>, <c>probCE2</c>,
/// <c>condPCE</c>; the Markov variants are in <see cref="MarkovPce"/>): the probability that each
/// option prevails, from the actors' weighted votes over every pair of options.
/// </summary>
internal static class Pce
{
    /// <summary>
    /// The probability of each option valued by <paramref name="u"/>, actors voting with weights
    /// <paramref name="w"/>; the coalitions are computed in parallel when <paramref name="parallel"/> is given.
    /// </summary>
    public static double[] Scalar(
        VotingRule rule, VictoryProbModel vpm, PceModel pcem, double[] w, OptionUtilities u, ParallelOptions? parallel = null)
    {
        var c = CoalitionKernel.Of(rule, w, u, parallel);
        return FromCoalitions(pcem, vpm, c, u.Options);
    }

    /// <summary>Option probabilities from coalition strengths (KTAB <c>probCE2</c>).</summary>
    public static double[] FromCoalitions(PceModel pcem, VictoryProbModel vpm, double[] c, int options)
    {
        var pv = Voting.VictoryMatrix(vpm, c, options);
        return pcem switch
        {
            PceModel.MarkovIncentive => MarkovPce.Incentive(c, pv, options),
            PceModel.MarkovUniform => MarkovPce.UniformChallenges(pv, options),
            _ => Conditional(pv, options),
        };
    }

    /// <summary>p_a ∝ Π_b P(a &gt; b), including P(a &gt; a) = ½.</summary>
    public static double[] Conditional(double[] pv, int n)
    {
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            var pi = 1.0;
            for (var j = 0; j < n; j++) pi *= pv[(i * n) + j];
            p[i] = pi;
        }
        var probOne = 0.0;
        foreach (var pi in p) probOne += pi;
        for (var i = 0; i < n; i++) p[i] /= probOne;
        return p;
    }
}
