namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// What a challenge of i against j is worth, as seen by one actor h (KTAB
/// <c>SMPState::probEduChlg</c> with k = i): h's estimate of the probability that i wins, and of
/// the expected change in i's utility. One pair at a time, O(N); <see cref="ChallengeKernel"/>
/// evaluates an initiator's many targets at once with the same arithmetic.
/// </summary>
internal static class Challenge
{
    /// <summary>Keeps a coalition strength positive (KTAB's floor in <c>probEduChlg</c>).</summary>
    public const double MinCoalition = 1e-10;

    /// <summary>U^h(a, m) = u(distance(a, m); r_ha): a's utility for m's position as h sees it.</summary>
    public static double Utility(SmpState s, BigRAdjust adjust, int h, int a, int m) =>
        SmpMath.Utility(s.Distance[(a * s.Stride) + m], SmpMath.EstimateRisk(s.Risk[h], s.Risk[a], adjust));

    /// <summary>(P(i beats j), expected gain to i of challenging j) from h's perspective. O(N): every third party weighs in once.</summary>
    public static (double Probability, double Gain) Evaluate(
        SmpState s, int h, int i, int j, VotingRule rule, ThirdPartyCommit commit, BigRAdjust adjust)
    {
        var actors = s.Actors;
        var n = actors.Count;
        var uii = Utility(s, adjust, h, i, i);
        var uij = Utility(s, adjust, h, i, j);
        var (chij, chji) = Principals(rule, actors.ChallengeWeight[i], uii, uij, actors.ChallengeWeight[j], Utility(s, adjust, h, j, i), Utility(s, adjust, h, j, j));
        var principalsI = chij;
        var principalsJ = chji;

        for (var t = 0; t < n; t++)
        {
            if (t == i || t == j) continue;
            var wt = actors.ChallengeWeight[t];
            var uti = Utility(s, adjust, h, t, i);
            var utj = Utility(s, adjust, h, t, j);
            var ptt = ThirdParty.LittleContest(rule, wt, uti, utj, principalsI, principalsJ);
            var v = ThirdParty.Vote(wt, rule, commit, ptt, 1.0 - ptt, uti, utj, Utility(s, adjust, h, t, t));
            chij = v > 0 ? chij + v : chij;
            chji = v < 0 ? chji - v : chji;
        }
        return Outcome(chij, chji, uii, uij, actors.TotalSalience[j]);
    }

    /// <summary>The strengths of the two sides before any third party joins: the principals' own votes.</summary>
    public static (double Chij, double Chji) Principals(VotingRule rule, double wi, double uii, double uij, double wj, double uji, double ujj)
    {
        var contribI = Voting.Vote(rule, wi, uii, uij);
        var contribJ = Voting.Vote(rule, wj, uji, ujj);
        var chij = MinCoalition;
        var chji = MinCoalition;
        if (contribI > 0.0) chij += contribI;
        if (contribI < 0.0) chji -= contribI;
        if (contribJ > 0.0) chij += contribJ;
        if (contribJ < 0.0) chji -= contribJ;
        return (chij, chji);
    }

    /// <summary>
    /// P(i wins) and i's expected gain from the final strengths: if j does not care (1 − s_j) it
    /// yields, else it contests; either way against the status quo u_ii + u_ij.
    /// </summary>
    public static (double Probability, double Gain) Outcome(double chij, double chji, double uii, double uij, double sj)
    {
        var euSq = uii + uij;
        var uhkij = uii + uii; // i wins: j adopts i's position
        var uhkji = uij + uij; // j wins: i adopts j's position
        var phij = chij / (chij + chji);
        var phji = chji / (chij + chji);
        var euContest = (phij * uhkij) + (phji * uhkji);
        var euChallenge = ((1 - sj) * uhkij) + (sj * euContest);
        return (phij, euChallenge - euSq);
    }

    /// <summary>
    /// An upper bound on |gain| of i challenging j, whatever the third parties do: the gain is
    /// (u_ii − u_ij)(1 − 2 s_j (1 − P)) with P ∈ [0, 1], so |gain| ≤ |u_ii − u_ij| · max(1, 2 s_j − 1).
    /// The margin (1e-9, relative) covers the rounding of <see cref="Outcome"/>, which is below 1e-14.
    /// </summary>
    public static double GainBound(double uii, double uij, double sj) =>
        (Math.Abs(uii - uij) * Math.Max(1.0, (2 * sj) - 1)) + (1e-9 * (1 + Math.Abs(uii) + Math.Abs(uij)));
}
