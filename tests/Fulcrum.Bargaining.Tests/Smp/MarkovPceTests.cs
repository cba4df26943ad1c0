using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// The Markov PCEs where KTAB's damped iteration needs more than its 1000 rounds (KTAB aborts):
/// the limit we take instead must equal what the iteration converges to.
/// </summary>
public class MarkovPceTests
{
    // Found by search: with octic victory probabilities this incentive chain needs 1044 rounds.
    private static readonly double[] Coalitions = [1e-8, 1.0, 1e-4, 2.0, 1e-8, 1e-8, 2.0, 1e-4, 1e-8];

    private static (double[] P, int Iterations) BruteForce(Func<double[], double[]> map, int n)
    {
        var p = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iter = 1; iter < 50_000_000; iter++)
        {
            var q = map(p);
            var change = q.Zip(p).Max(x => Math.Abs(x.First - x.Second));
            p = [.. p.Zip(q).Select(x => (x.First + x.Second) / 2)];
            if (change < 1e-14) return (p, iter);
        }
        throw new InvalidOperationException("no convergence");
    }

    [Fact]
    public void MarkovIncentive_SlowChain_LimitOfKtabIteration()
    {
        const int n = 3;
        var pv = Voting.VictoryMatrix(VictoryProbModel.Octic, Coalitions, n);
        var inc = new double[n * n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) inc[(i * n) + j] = (Coalitions[(i * n) + j] * pv[(i * n) + j]) + (i == j ? 1e-10 : 0);
        double Ch(int i, int j) => inc[(i * n) + j] / Enumerable.Range(0, n).Sum(k => inc[(k * n) + j]);
        var (expected, iterations) = BruteForce(p => [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => pv[(i * n) + j] * ((p[i] * Ch(j, i)) + (p[j] * Ch(i, j)))))], n);
        Assert.True(iterations > 1000, $"needs {iterations} rounds to 1e-14, so past KTAB's 1000 at 1e-8 too");
        var actual = MarkovPce.Incentive(Coalitions, pv, n);
        Assert.Equal(expected, actual, (x, y) => Math.Abs(x - y) < 1e-6);
    }
}
