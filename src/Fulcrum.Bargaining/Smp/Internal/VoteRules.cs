using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// <see cref="Voting.Vote"/> on a vector of lanes, one struct per <see cref="VotingRule"/> so that
/// the kernels are compiled once per rule with no switch in their inner loops. Every lane performs
/// the scalar formula's operations in the scalar order (no fused multiply-add, no reassociation),
/// so each lane is bit-identical to <see cref="Voting.Vote"/> on the same inputs.
/// </summary>
internal interface IVoteRule
{
    /// <summary>The vote of weight <paramref name="w"/> for a (utility <paramref name="ua"/>) over b (<paramref name="ub"/>).</summary>
    static abstract Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub);
}

/// <summary>The vector form of each voting rule.</summary>
internal static class VoteRules
{
    // The same constants, in the same expressions, as Voting.Vote.
    private const double Rbp = 0.2;
    private const double Rpc = 0.5;

    internal readonly struct Proportional : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub) => w * (ua - ub);
    }

    internal readonly struct Binary : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub) => w * Clamped(ua - ub);
    }

    internal readonly struct PropBin : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub)
        {
            var du = ua - ub;
            return w * ((new Vector<double>(1 - Rbp) * du) + (new Vector<double>(Rbp) * Clamped(du)));
        }
    }

    internal readonly struct PropCbc : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub)
        {
            var du = ua - ub;
            return w * ((new Vector<double>(1 - Rpc) * du) + (new Vector<double>(Rpc) * (du * du * du)));
        }
    }

    internal readonly struct Cubic : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub)
        {
            var du = ua - ub;
            return w * (du * du * du);
        }
    }

    internal readonly struct ASymProsp : IVoteRule
    {
        public static Vector<double> Of(Vector<double> w, Vector<double> ua, Vector<double> ub)
        {
            var du = ua - ub;
            var loss = w * du;
            var gain = (new Vector<double>(2.0) * w * du) / new Vector<double>(3.0);
            var nonLoss = Vector.ConditionalSelect(Vector.GreaterThan(du, Vector<double>.Zero), gain, Vector<double>.Zero);
            return Vector.ConditionalSelect(Vector.LessThan(du, Vector<double>.Zero), loss, nonLoss);
        }
    }

    // Voting.Binary: r = du / 1e-8, then r > 1 → 1, then r < −1 → −1, in that order.
    private static Vector<double> Clamped(Vector<double> du)
    {
        var r = du / new Vector<double>(1e-8);
        r = Vector.ConditionalSelect(Vector.GreaterThan(r, Vector<double>.One), Vector<double>.One, r);
        return Vector.ConditionalSelect(Vector.LessThan(r, -Vector<double>.One), -Vector<double>.One, r);
    }
}
