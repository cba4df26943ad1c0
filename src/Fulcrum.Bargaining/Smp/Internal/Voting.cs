namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>Votes and pairwise victory probabilities (KTAB kmodel.cpp); the coalitions are in <see cref="CoalitionKernel"/>.</summary>
internal static class Voting
{
    /// <summary>
    /// The vote of an actor with weight <paramref name="w"/> for option a (utility <paramref name="ua"/>)
    /// over option b (utility <paramref name="ub"/>) under rule <paramref name="rule"/> (KTAB <c>Model::vote</c>).
    /// </summary>
    public static double Vote(VotingRule rule, double w, double ua, double ub)
    {
        const double rbp = 0.2; // weight of the binary part of PropBin
        const double rpc = 0.5; // weight of the cubic part of PropCbc
        var du = ua - ub;
        switch (rule)
        {
            case VotingRule.Proportional:
                return w * du;
            case VotingRule.Binary:
                return w * Binary(du);
            case VotingRule.PropBin:
                return w * (((1 - rbp) * du) + (rbp * Binary(du)));
            case VotingRule.PropCbc:
                return w * (((1 - rpc) * du) + (rpc * (du * du * du)));
            case VotingRule.Cubic:
                return w * (du * du * du);
            default: // ASymProsp
                if (du < 0.0) return w * du;
                return du > 0.0 ? (2.0 * w * du) / 3.0 : 0.0;
        }
    }

    private static double Binary(double du)
    {
        var r = du / 1e-8;
        r = r > 1 ? 1 : r;
        return r < -1 ? -1 : r;
    }

    /// <summary>
    /// (P(first beats second), P(second beats first)) for coalition strengths s1, s2 (KTAB
    /// <c>Model::vProb</c>, scalar form); both from one computation, as KTAB does.
    /// </summary>
    public static (double P12, double P21) Victory(VictoryProbModel model, double s1, double s2)
    {
        double x1, x2;
        switch (model)
        {
            case VictoryProbModel.Linear:
                x1 = s1; x2 = s2;
                break;
            case VictoryProbModel.Square:
                x1 = s1 * s1; x2 = s2 * s2;
                break;
            case VictoryProbModel.Quartic:
                x1 = s1 * s1 * s1 * s1; x2 = s2 * s2 * s2 * s2;
                break;
            case VictoryProbModel.Octic:
                x1 = s1 * s1 * s1 * s1; x1 *= x1;
                x2 = s2 * s2 * s2 * s2; x2 *= x2;
                break;
            default: // Binary: a 10 % advantage is certain victory, linear in between
                const double thresh = 1.10;
                const double minX = 1e-6;
                if (s1 >= thresh * s2) { x1 = 1.0; x2 = minX; }
                else if (s2 >= thresh * s1) { x1 = minX; x2 = 1.0; }
                else
                {
                    var r12 = s1 / (s1 + s2);
                    x1 = ((r12 * (thresh + 1.0)) - 1.0) / (thresh - 1.0);
                    x2 = 1 - x1;
                }
                break;
        }
        return (x1 / (x1 + x2), x2 / (x1 + x2));
    }

    /// <summary>The matrix P(a &gt; b) from coalition strengths, with P(a &gt; a) = ½ (KTAB <c>Model::vProb</c>).</summary>
    public static double[] VictoryMatrix(VictoryProbModel model, double[] c, int options)
    {
        var p = new double[options * options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var cij = c[(i * options) + j];
                var cji = c[(j * options) + i];
                (p[(i * options) + j], p[(j * options) + i]) = Victory(model, cij, cji);
            }
            p[(i * options) + i] = 0.5;
        }
        return p;
    }
}
