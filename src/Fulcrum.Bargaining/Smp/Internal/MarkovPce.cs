namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// KTAB's Markov PCEs (<c>markovUniformPCE</c>, <c>markovIncentivePCE</c>): the probability of
/// each option as the long-run share of a chain in which options challenge the current favourite.
/// </summary>
internal static class MarkovPce
{
    /// <summary>
    /// KTAB iterates its Markov PCEs until converged and aborts if that took 1000 rounds or more.
    /// We iterate exactly as KTAB does for those 1000 rounds (so every run KTAB completes is
    /// reproduced), then take the limit of the same iteration directly (<see cref="DampedLimit"/>).
    /// </summary>
    private const int MaxMarkovIterations = 1000;

    /// <summary>Markov chain with uniform challenges: q_a = (1/n) Σ_b P(a&gt;b)(p_a + p_b), p ← (p+q)/2, to 1e-6.</summary>
    public static double[] UniformChallenges(double[] pv, int n)
    {
        const double tol = 1e-6;
        var p = Uniform(n);
        var q = new double[n];
        var change = 1.0;
        for (var iter = 0; tol < change; iter++)
        {
            if (iter >= MaxMarkovIterations) return DampedLimit.Of(UniformMap(pv, n), p, n, tol);
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
    public static double[] Incentive(double[] c, double[] pv, int n)
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
            if (iter >= MaxMarkovIterations) return DampedLimit.Of(IncentiveMap(pv, challenge, n), p, n, tol);
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

    // q = M p for the uniform chain: q_i = (1/n) Σ_j P(i>j)(p_i + p_j).
    private static double[] UniformMap(double[] pv, int n)
    {
        var m = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[(i * n) + i] += pv[(i * n) + j] / n;
                m[(i * n) + j] += pv[(i * n) + j] / n;
            }
        }
        return m;
    }

    // q = M p for the incentive chain: q_i = Σ_j P(i>j)(p_i ch(j,i) + p_j ch(i,j)).
    private static double[] IncentiveMap(double[] pv, double[] challenge, int n)
    {
        var m = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[(i * n) + i] += pv[(i * n) + j] * challenge[(j * n) + i];
                m[(i * n) + j] += pv[(i * n) + j] * challenge[(i * n) + j];
            }
        }
        return m;
    }
}
