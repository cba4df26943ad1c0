namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The probabilistic Condorcet election (KTAB <c>Model::scalarPCE</c>, <c>probCE2</c>,
/// <c>condPCE</c>, <c>markovUniformPCE</c>, <c>markovIncentivePCE</c>): the probability that each
/// option prevails, from the actors' weighted votes over every pair of options.
/// </summary>
internal static class Pce
{
    /// <summary>KTAB iterates its Markov PCEs until converged; it asserts after 1000 rounds and so do we.</summary>
    private const int MaxMarkovIterations = 1000;

    /// <summary>
    /// Option probabilities for <paramref name="options"/> options valued by <paramref name="u"/>
    /// (actors × options, row-major), actors voting with weights <paramref name="w"/>.
    /// </summary>
    public static double[] Scalar(
        VotingRule rule, VictoryProbModel vpm, PceModel pcem, double[] w, double[] u, int actors, int options)
    {
        var c = Voting.Coalitions(rule, w, u, actors, options);
        return FromCoalitions(pcem, vpm, c, options);
    }

    /// <summary>Option probabilities from coalition strengths (KTAB <c>probCE2</c>).</summary>
    public static double[] FromCoalitions(PceModel pcem, VictoryProbModel vpm, double[] c, int options)
    {
        var pv = Voting.VictoryMatrix(vpm, c, options);
        return pcem switch
        {
            PceModel.MarkovIncentive => MarkovIncentive(c, pv, options),
            PceModel.MarkovUniform => MarkovUniform(pv, options),
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

    /// <summary>Markov chain with uniform challenges: q_a = (1/n) Σ_b P(a&gt;b)(p_a + p_b), p ← (p+q)/2, to 1e-6.</summary>
    public static double[] MarkovUniform(double[] pv, int n)
    {
        const double tol = 1e-6;
        var p = Uniform(n);
        var q = new double[n];
        var change = 1.0;
        for (var iter = 0; tol < change; iter++)
        {
            Converging(iter);
            change = 0;
            for (var i = 0; i < n; i++)
            {
                var pi = 0.0;
                for (var j = 0; j < n; j++) pi += pv[(i * n) + j] * (p[i] + p[j]);
                q[i] = pi / n;
                var c = Math.Abs(q[i] - p[i]);
                change = c > change ? c : change;
            }
            for (var i = 0; i < n; i++) p[i] = (p[i] + q[i]) / 2.0;
        }
        return p;
    }

    /// <summary>
    /// Markov chain whose challenges are proportional to the incentive C(a,b)·P(a&gt;b) ("Markov
    /// Voting with Incentives in KTAB"), p ← (p+q)/2, to 1e-8.
    /// </summary>
    public static double[] MarkovIncentive(double[] c, double[] pv, int n)
    {
        const double tol = 1e-8;
        const double epsSupport = 1e-10;
        var incentive = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var x = c[(i * n) + j] * pv[(i * n) + j];
                incentive[(i * n) + j] = i == j ? x + epsSupport : x;
            }
        }
        var challenge = new double[n * n]; // challenge(i, j): probability that i challenges j
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            for (var k = 0; k < n; k++) sum += incentive[(k * n) + j];
            for (var i = 0; i < n; i++) challenge[(i * n) + j] = incentive[(i * n) + j] / sum;
        }

        var p = Uniform(n);
        var q = new double[n];
        var ct = new double[n * n];
        var change = 1.0;
        for (var iter = 0; tol < change; iter++)
        {
            Converging(iter);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++) ct[(i * n) + j] = p[i] * challenge[(j * n) + i];
            }
            change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var qi = 0.0;
                for (var j = 0; j < n; j++) qi += pv[(i * n) + j] * (ct[(i * n) + j] + ct[(j * n) + i]);
                q[i] = qi;
                var d = Math.Abs(q[i] - p[i]);
                change = d > change ? d : change;
            }
            for (var i = 0; i < n; i++) p[i] = (p[i] + q[i]) / 2.0;
        }
        return p;
    }

    private static double[] Uniform(int n)
    {
        var p = new double[n];
        Array.Fill(p, 1.0 / n);
        return p;
    }

    private static void Converging(int iteration)
    {
        if (iteration >= MaxMarkovIterations)
        {
            throw new InvalidOperationException($"Markov PCE did not converge in {MaxMarkovIterations} iterations.");
        }
    }
}
