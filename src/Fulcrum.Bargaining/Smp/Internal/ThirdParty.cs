namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>How a third party joins a contest between i and j (KTAB <c>Actor::vProbLittle</c>, <c>thirdPartyVoteSU</c>).</summary>
internal static class ThirdParty
{
    /// <summary>
    /// The probability that i wins the "little" contest in which only the principals and the
    /// third party (weight <paramref name="w"/>, on the side it prefers) take part.
    /// </summary>
    public static double LittleContest(VotingRule rule, double w, double ui, double uj, double contribI, double contribJ)
    {
        var v = Voting.Vote(rule, w, ui, uj);
        var ci = v > 0 ? contribI + v : contribI;
        var cj = v < 0 ? contribJ - v : contribJ;
        return ci / (ci + cj);
    }

    /// <summary>
    /// The third party's vote between joining i and joining j, comparing the sum of the three
    /// positions' utilities it expects on each side under <paramref name="commit"/>.
    /// </summary>
    public static double Vote(
        double w, VotingRule rule, ThirdPartyCommit commit, double pik, double pjk, double ui, double uj, double uk)
    {
        double ikDefJ, jDefIk, iDefJk, jkDefI;
        switch (commit)
        {
            case ThirdPartyCommit.FullCommit:
                ikDefJ = ui + ui + ui;
                jDefIk = uj + uj + uj;
                iDefJk = ui + ui + ui;
                jkDefI = uj + uj + uj;
                break;
            case ThirdPartyCommit.SemiCommit:
                ikDefJ = ui + ui + uk;
                jDefIk = uj + uj + uj;
                iDefJk = ui + ui + ui;
                jkDefI = uj + uj + uk;
                break;
            default: // NoCommit
                ikDefJ = ui + ui + uk;
                jDefIk = uj + uj + uk;
                iDefJk = ui + ui + uk;
                jkDefI = uj + uj + uk;
                break;
        }
        var joinI = (pik * ikDefJ) + (pjk * jDefIk);
        var joinJ = (pik * iDefJk) + (pjk * jkDefI);
        return Voting.Vote(rule, w, joinI, joinJ);
    }
}
