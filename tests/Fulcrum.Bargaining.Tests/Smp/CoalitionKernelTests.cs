using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>The vectorised, parallel coalition strengths against KTAB's scalar loop (<c>Model::coalitions</c>): equal to the bit.</summary>
public class CoalitionKernelTests
{
    [Theory]
    [InlineData(VotingRule.Proportional, 70, 67)]
    [InlineData(VotingRule.Binary, 9, 70)]
    [InlineData(VotingRule.PropBin, 30, 5)]
    [InlineData(VotingRule.PropCbc, 65, 66)]
    [InlineData(VotingRule.Cubic, 12, 1)]
    [InlineData(VotingRule.ASymProsp, 40, 81)]
    public void Of_AnyShapeAndRule_BitIdenticalToScalarLoop(VotingRule rule, int actors, int options)
    {
        var rng = new SeededRandom((ulong)(actors * options));
        var w = Enumerable.Range(0, actors).Select(_ => 0.1 + rng.NextDouble()).ToArray();
        var u = new OptionUtilities(actors, options);
        for (var k = 0; k < actors; k++)
        {
            // Some ties, so that zero votes occur.
            for (var o = 0; o < options; o++) u[k, o] = Math.Round(rng.NextDouble(), o % 2 == 0 ? 1 : 12);
        }
        var expected = ScalarLoop(rule, w, u);
        Assert.Equal(expected, CoalitionKernel.Of(rule, w, u, parallel: null));
        Assert.Equal(expected, CoalitionKernel.Of(rule, w, u, new ParallelOptions()));
    }

    // KTAB: v_k(a:b) once for a > b, its positive part into C(a, b), its negative part into C(b, a).
    private static double[] ScalarLoop(VotingRule rule, double[] w, OptionUtilities u)
    {
        var m = u.Options;
        var c = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < i; j++)
            {
                double cij = 1e-8, cji = 1e-8;
                for (var k = 0; k < u.Actors; k++)
                {
                    var v = Voting.Vote(rule, w[k], u[k, i], u[k, j]);
                    if (v > 0) cij += v;
                    if (v < 0) cji -= v;
                }
                c[(i * m) + j] = cij;
                c[(j * m) + i] = cji;
            }
            c[(i * m) + i] = 1e-8;
        }
        return c;
    }
}
