namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// What a challenge of i against j is worth, as seen by one actor h (KTAB
/// <c>SMPState::probEduChlg</c>): h's estimate of the probability that i wins, and of the expected
/// change in utility for actor k. Only the perspectives the model uses are ever computed.
/// </summary>
internal static class Challenge
{
    private const double MinCoalition = 1e-10;

    /// <summary>
    /// Fills <paramref name="u"/> (N×N) with h's view of everyone's utilities:
    /// U^h(n, m) = u(distance(n, m); r_hn), r_hn being h's estimate of n's risk attitude.
    /// </summary>
    public static void FillPerspective(SmpState s, int h, BigRAdjust adjust, double[] u)
    {
        var n = s.Actors.Count;
        var rh = s.Risk[h];
        for (var a = 0; a < n; a++)
        {
            var r = SmpMath.EstimateRisk(rh, s.Risk[a], adjust);
            var row = a * n;
            for (var m = 0; m < n; m++) u[row + m] = SmpMath.Utility(s.Distance[row + m], r);
        }
    }

    /// <summary>
    /// With <paramref name="u"/> filled for perspective h: (P(i beats j), expected gain to k of i
    /// challenging j) as h sees them. O(N): every third party weighs in once.
    /// </summary>
    public static (double Probability, double Gain) Evaluate(
        SmpActors actors, double[] u, int k, int i, int j, VotingRule rule, ThirdPartyCommit commit)
    {
        var n = actors.Count;
        var uki = u[(k * n) + i];
        var ukj = u[(k * n) + j];
        var euSq = uki + ukj;
        var uhkij = uki + uki; // i wins: j adopts i's position
        var uhkji = ukj + ukj; // j wins: i adopts j's position

        var si = actors.TotalSalience[i];
        var sj = actors.TotalSalience[j];
        var contribI = Voting.Vote(rule, si * actors.Capability[i], u[(i * n) + i], u[(i * n) + j]);
        var contribJ = Voting.Vote(rule, sj * actors.Capability[j], u[(j * n) + i], u[(j * n) + j]);

        var chij = MinCoalition;
        var chji = MinCoalition;
        if (contribI > 0.0) chij += contribI;
        if (contribI < 0.0) chji -= contribI;
        if (contribJ > 0.0) chij += contribJ;
        if (contribJ < 0.0) chji -= contribJ;
        var principalsI = chij;
        var principalsJ = chji;

        for (var t = 0; t < n; t++)
        {
            if (t == i || t == j) continue;
            var wt = actors.TotalSalience[t] * actors.Capability[t];
            var row = t * n;
            var uti = u[row + i];
            var utj = u[row + j];
            var ptt = ThirdParty.LittleContest(rule, wt, uti, utj, principalsI, principalsJ);
            var v = ThirdParty.Vote(wt, rule, commit, ptt, 1.0 - ptt, uti, utj, u[row + t]);
            chij = v > 0 ? chij + v : chij;
            chji = v < 0 ? chji - v : chji;
        }

        var phij = chij / (chij + chji);
        var phji = chji / (chij + chji);
        var euContest = (phij * uhkij) + (phji * uhkji);
        var euChallenge = ((1 - sj) * uhkij) + (sj * euContest);
        return (phij, euChallenge - euSq);
    }
}
