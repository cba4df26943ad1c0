using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// <see cref="Challenge.Evaluate"/> for one initiator i against many targets j at once, from i's own
/// perspective: the third parties t are the outer loop and the targets the vector lanes, so each
/// target's strengths still add its third parties in KTAB's order (t ascending, skipping i and j)
/// with the scalar operations, and every lane is bit-identical to the scalar evaluation. One
/// instance per worker thread: it owns its buffers.
/// </summary>
internal sealed class ChallengeKernel
{
    private readonly SmpState _s;
    private readonly SmpParameters _p;
    private readonly double[] _distance; // gathered: [t * _stride + l] = Distance(t, targets[l])
    private readonly double[] _principalsI;
    private readonly double[] _principalsJ;
    private readonly double[] _chij;
    private readonly double[] _chji;
    private readonly double[] _uij;
    private readonly int[] _slot; // actor → lane among the targets, or −1
    private int _stride;

    public ChallengeKernel(SmpState s, SmpParameters p)
    {
        _s = s;
        _p = p;
        var n = s.Actors.Count;
        var padded = OptionUtilities.Padded(n);
        _distance = new double[n * padded];
        _principalsI = new double[padded];
        _principalsJ = new double[padded];
        _chij = new double[padded];
        _chji = new double[padded];
        _uij = new double[padded];
        _slot = new int[n];
        Array.Fill(_slot, -1);
    }

    /// <summary>
    /// For each target j = <paramref name="targets"/>[l] (never i): P(i beats j) and i's expected
    /// gain into <paramref name="probability"/>[l] and <paramref name="gain"/>[l].
    /// </summary>
    public void Evaluate(int i, ReadOnlySpan<int> targets, Span<double> probability, Span<double> gain)
    {
        if (targets.IsEmpty) return;
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
            case VotingRule.Proportional: ThirdParties<VoteRules.Proportional, TCommit>(i, targets); break;
            case VotingRule.Binary: ThirdParties<VoteRules.Binary, TCommit>(i, targets); break;
            case VotingRule.PropBin: ThirdParties<VoteRules.PropBin, TCommit>(i, targets); break;
            case VotingRule.PropCbc: ThirdParties<VoteRules.PropCbc, TCommit>(i, targets); break;
            case VotingRule.Cubic: ThirdParties<VoteRules.Cubic, TCommit>(i, targets); break;
            default: ThirdParties<VoteRules.ASymProsp, TCommit>(i, targets); break;
        }
    }

    // Fills _chij/_chji with the final strengths of every target's contest.
    private void ThirdParties<TRule, TCommit>(int i, ReadOnlySpan<int> targets)
        where TRule : struct, IVoteRule where TCommit : struct, ICommitRule
    {
        var s = _s;
        var actors = s.Actors;
        int n = actors.Count, count = targets.Length, lanes = Vector<double>.Count;
        var adjust = _p.BigRAdjust;
        _stride = OptionUtilities.Padded(count);
        Prepare(i, targets);

        var one = Vector<double>.One;
        var zero = Vector<double>.Zero;
        for (var t = 0; t < n; t++)
        {
            if (t == i) continue;
            var r = SmpMath.EstimateRisk(s.Risk[i], s.Risk[t], adjust);
            var uti = SmpMath.Utility(s.Distance[(t * s.Stride) + i], r);
            var utt = SmpMath.Utility(s.Distance[(t * s.Stride) + t], r);
            // ThirdParty.Vote's sums that do not depend on j: joining i when i wins, and when j wins.
            var ikDefJ = TCommit.Full ? uti + uti + uti : uti + uti + utt;
            var iDefJk = TCommit.None ? uti + uti + utt : uti + uti + uti;
            var w = new Vector<double>(actors.ChallengeWeight[t]);
            var rv = new Vector<double>(r);
            var ui = new Vector<double>(uti);
            var uk = new Vector<double>(utt);
            var a = new Vector<double>(ikDefJ);
            var c = new Vector<double>(iDefJk);
            // t is not a third party in its own contest: its lane is restored after the pass.
            var own = _slot[t];
            var (keepIJ, keepJI) = own >= 0 ? (_chij[own], _chji[own]) : (0.0, 0.0);
            var row = t * _stride;
            for (var l = 0; l < count; l += lanes)
            {
                var d = new Vector<double>(_distance, row + l);
                // SmpMath.Utility: d ≤ 1 ? (1 − d)(1 + d r) : (1 − d)(1 + r), as (1 − d)(1 + min(d, 1) r).
                var uj = (one - d) * (one + (Vector.MinNative(d, one) * rv));
                // ThirdParty.LittleContest, then ThirdParty.Vote, then the strengths' update.
                var v = TRule.Of(w, ui, uj);
                var ci = new Vector<double>(_principalsI, l) + Vector.MaxNative(v, zero);
                var cj = new Vector<double>(_principalsJ, l) - Vector.MinNative(v, zero);
                var pik = ci / (ci + cj);
                var pjk = one - pik;
                var jDefIk = uj + uj + (TCommit.None ? uk : uj);
                var jkDefI = uj + uj + (TCommit.Full ? uj : uk);
                var vote = TRule.Of(w, (pik * a) + (pjk * jDefIk), (pik * c) + (pjk * jkDefI));
                (new Vector<double>(_chij, l) + Vector.MaxNative(vote, zero)).CopyTo(_chij, l);
                (new Vector<double>(_chji, l) - Vector.MinNative(vote, zero)).CopyTo(_chji, l);
            }
            if (own >= 0)
            {
                _chij[own] = keepIJ;
                _chji[own] = keepJI;
            }
        }
        foreach (var j in targets) _slot[j] = -1;
    }

    // The principals' strengths per target, and the targets' distances gathered lane by lane.
    private void Prepare(int i, ReadOnlySpan<int> targets)
    {
        var s = _s;
        var actors = s.Actors;
        var n = actors.Count;
        var adjust = _p.BigRAdjust;
        var uii = Challenge.Utility(s, adjust, i, i, i);
        for (var l = 0; l < _stride; l++)
        {
            if (l >= targets.Length)
            {
                // Padding lanes: any positive strengths keep them finite; they are never read.
                _principalsI[l] = _principalsJ[l] = _chij[l] = _chji[l] = 1.0;
                continue;
            }
            var j = targets[l];
            _slot[j] = l;
            _uij[l] = Challenge.Utility(s, adjust, i, i, j);
            var (chij, chji) = Challenge.Principals(_p.VotingRule, actors.ChallengeWeight[i], uii, _uij[l],
                actors.ChallengeWeight[j], Challenge.Utility(s, adjust, i, j, i), Challenge.Utility(s, adjust, i, j, j));
            _principalsI[l] = _chij[l] = chij;
            _principalsJ[l] = _chji[l] = chji;
        }
        for (var t = 0; t < n; t++)
        {
            var from = t * s.Stride;
            var to = t * _stride;
            for (var l = 0; l < targets.Length; l++) _distance[to + l] = s.Distance[from + targets[l]];
            for (var l = targets.Length; l < _stride; l++) _distance[to + l] = 0.0;
        }
    }
}
