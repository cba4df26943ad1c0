using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// <see cref="Challenge.Evaluate"/> for one initiator i against many targets j at once, from i's own
/// perspective: the vector lanes are targets, and for each vector the third parties t run in KTAB's
/// order (t ascending, skipping i and the lane's own j), so every lane performs the scalar
/// evaluation's operations in the scalar order and is bit-identical to it. One instance per worker
/// thread: it owns its buffers.
/// </summary>
internal sealed class ChallengeKernel
{
    private readonly SmpState _s;
    private readonly SmpParameters _p;
    private readonly ThirdParties _t;
    private readonly double[] _distance; // [p * lanes + l]: third party p's distance to the vector's target l
    private readonly double[] _chij;
    private readonly double[] _chji;
    private readonly double[] _uij;

    public ChallengeKernel(SmpState s, SmpParameters p)
    {
        _s = s;
        _p = p;
        var n = s.Actors.Count;
        _t = new ThirdParties(n);
        _distance = new double[n * Vector<double>.Count];
        _chij = new double[n];
        _chji = new double[n];
        _uij = new double[n];
    }

    /// <summary>
    /// For each target j = <paramref name="targets"/>[l] (never i): P(i beats j) and i's expected
    /// gain into <paramref name="probability"/>[l] and <paramref name="gain"/>[l].
    /// </summary>
    public void Evaluate(int i, ReadOnlySpan<int> targets, Span<double> probability, Span<double> gain)
    {
        if (targets.IsEmpty) return;
        _t.Fill(_s, _p, i);
        var rule = _p.VotingRule;
        switch (_p.ThirdPartyCommit)
        {
            case ThirdPartyCommit.FullCommit: Dispatch<CommitRules.Full>(rule, i, targets); break;
            case ThirdPartyCommit.NoCommit: Dispatch<CommitRules.None>(rule, i, targets); break;
            default: Dispatch<CommitRules.Semi>(rule, i, targets); break;
        }
        var uii = Challenge.Utility(_s, _p.BigRAdjust, i, i, i);
        for (var l = 0; l < targets.Length; l++)
        {
            (probability[l], gain[l]) = Challenge.Outcome(_chij[l], _chji[l], uii, _uij[l], _s.Actors.TotalSalience[targets[l]]);
        }
    }

    private void Dispatch<TCommit>(VotingRule rule, int i, ReadOnlySpan<int> targets) where TCommit : struct, ICommitRule
    {
        switch (rule)
        {
            case VotingRule.Proportional: Contests<VoteRules.Proportional, TCommit>(i, targets); break;
            case VotingRule.Binary: Contests<VoteRules.Binary, TCommit>(i, targets); break;
            case VotingRule.PropBin: Contests<VoteRules.PropBin, TCommit>(i, targets); break;
            case VotingRule.PropCbc: Contests<VoteRules.PropCbc, TCommit>(i, targets); break;
            case VotingRule.Cubic: Contests<VoteRules.Cubic, TCommit>(i, targets); break;
            default: Contests<VoteRules.ASymProsp, TCommit>(i, targets); break;
        }
    }

    // Fills _chij/_chji with the final strengths of every target's contest, one vector of targets at a time.
    private void Contests<TRule, TCommit>(int i, ReadOnlySpan<int> targets)
        where TRule : struct, IVoteRule where TCommit : struct, ICommitRule
    {
        var lanes = Vector<double>.Count;
        Span<double> principalsI = stackalloc double[lanes];
        Span<double> principalsJ = stackalloc double[lanes];
        Span<long> laneTargets = stackalloc long[lanes];
        for (var l0 = 0; l0 < targets.Length; l0 += lanes)
        {
            Prepare(i, targets, l0, principalsI, principalsJ, laneTargets);
            var (cij, cji) = OneVector<TRule, TCommit>(new Vector<double>(principalsI), new Vector<double>(principalsJ), new Vector<long>(laneTargets));
            for (var l = 0; l < lanes && l0 + l < targets.Length; l++)
            {
                _chij[l0 + l] = cij[l];
                _chji[l0 + l] = cji[l];
            }
        }
    }

    private (Vector<double> Chij, Vector<double> Chji) OneVector<TRule, TCommit>(Vector<double> pI, Vector<double> pJ, Vector<long> laneTargets)
        where TRule : struct, IVoteRule where TCommit : struct, ICommitRule
    {
        var t = _t;
        var lanes = Vector<double>.Count;
        var one = Vector<double>.One;
        var zero = Vector<double>.Zero;
        var cij = pI;
        var cji = pJ;
        for (var k = 0; k < t.Count; k++)
        {
            var d = new Vector<double>(_distance, k * lanes);
            var w = new Vector<double>(t.Weight[k]);
            // SmpMath.Utility: d ≤ 1 ? (1 − d)(1 + d r) : (1 − d)(1 + r), as (1 − d)(1 + min(d, 1) r).
            var uj = (one - d) * (one + (Vector.MinNative(d, one) * new Vector<double>(t.Risk[k])));
            // ThirdParty.LittleContest, then ThirdParty.Vote, then the strengths' update.
            var v = TRule.Of(w, new Vector<double>(t.Ui[k]), uj);
            var ci = pI + Vector.MaxNative(v, zero);
            var cj = pJ - Vector.MinNative(v, zero);
            var pik = ci / (ci + cj);
            var pjk = one - pik;
            var uk = new Vector<double>(t.Uk[k]);
            var jDefIk = uj + uj + (TCommit.None ? uk : uj);
            var jkDefI = uj + uj + (TCommit.Full ? uj : uk);
            var vote = TRule.Of(w, (pik * new Vector<double>(t.IkDefJ[k])) + (pjk * jDefIk), (pik * new Vector<double>(t.IDefJk[k])) + (pjk * jkDefI));
            // A target is not a third party in its own contest: no vote, so its strengths stay.
            vote = Vector.ConditionalSelect(Vector.Equals(laneTargets, new Vector<long>(t.Index[k])), zero, vote);
            cij += Vector.MaxNative(vote, zero);
            cji -= Vector.MinNative(vote, zero);
        }
        return (cij, cji);
    }

    // The vector's principals and its targets' distances, third party by third party.
    private void Prepare(int i, ReadOnlySpan<int> targets, int l0, Span<double> principalsI, Span<double> principalsJ, Span<long> laneTargets)
    {
        var s = _s;
        var actors = s.Actors;
        var adjust = _p.BigRAdjust;
        var lanes = Vector<double>.Count;
        var uii = Challenge.Utility(s, adjust, i, i, i);
        for (var l = 0; l < lanes; l++)
        {
            if (l0 + l >= targets.Length)
            {
                // Padding lanes: positive strengths and zero distances keep them finite; they are never read.
                principalsI[l] = principalsJ[l] = 1.0;
                laneTargets[l] = -1;
                for (var k = 0; k < _t.Count; k++) _distance[(k * lanes) + l] = 0.0;
                continue;
            }
            var j = targets[l0 + l];
            laneTargets[l] = j;
            _uij[l0 + l] = Challenge.Utility(s, adjust, i, i, j);
            (principalsI[l], principalsJ[l]) = Challenge.Principals(_p.VotingRule, actors.ChallengeWeight[i], uii, _uij[l0 + l],
                actors.ChallengeWeight[j], Challenge.Utility(s, adjust, i, j, i), Challenge.Utility(s, adjust, i, j, j));
            var column = j * s.Stride; // DistanceTo: everyone's distance to j's position
            for (var k = 0; k < _t.Count; k++) _distance[(k * lanes) + l] = s.DistanceTo[column + _t.Index[k]];
        }
    }

    /// <summary>What each third party t ≠ i brings to every contest of initiator i, in ascending t.</summary>
    private sealed class ThirdParties(int n)
    {
        public int Count { get; private set; }
        public long[] Index { get; } = new long[n];
        public double[] Weight { get; } = new double[n];
        public double[] Risk { get; } = new double[n];
        public double[] Ui { get; } = new double[n];
        public double[] Uk { get; } = new double[n];
        public double[] IkDefJ { get; } = new double[n];
        public double[] IDefJk { get; } = new double[n];

        public void Fill(SmpState s, SmpParameters p, int i)
        {
            Count = 0;
            var full = p.ThirdPartyCommit == ThirdPartyCommit.FullCommit;
            var none = p.ThirdPartyCommit == ThirdPartyCommit.NoCommit;
            for (var t = 0; t < s.Actors.Count; t++)
            {
                if (t == i) continue;
                var r = SmpMath.EstimateRisk(s.Risk[i], s.Risk[t], p.BigRAdjust);
                var uti = SmpMath.Utility(s.Distance[(t * s.Stride) + i], r);
                var utt = SmpMath.Utility(s.Distance[(t * s.Stride) + t], r);
                var k = Count++;
                Index[k] = t;
                Weight[k] = s.Actors.ChallengeWeight[t];
                Risk[k] = r;
                Ui[k] = uti;
                Uk[k] = utt;
                // ThirdParty.Vote's sums that do not depend on j: joining i when i wins, and when j wins.
                IkDefJ[k] = full ? uti + uti + uti : uti + uti + utt;
                IDefJk[k] = none ? uti + uti + utt : uti + uti + uti;
            }
        }
    }
}
