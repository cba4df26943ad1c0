using Fulcrum.UnVotes.Agreement;
using Fulcrum.UnVotes.Internal;

namespace Fulcrum.UnVotes.Tests;

/// <summary>The measures on hand-made vote vectors, where every number can be worked out on paper.</summary>
public class AgreementTallyTests
{
    private static AgreementTally Tally(string a, string b)
    {
        var tally = new AgreementTally();
        foreach (var (x, y) in a.Zip(b)) tally.Add(Parse(x), Parse(y));
        return tally;
    }

    private static Vote Parse(char c) => c switch { 'y' => Vote.Yes, 'a' => Vote.Abstain, _ => Vote.No };

    private static double Value(char c) => c switch { 'y' => 1, 'a' => 0.5, _ => 0 };

    [Theory]
    [InlineData("yyyy", "yyyy")]
    [InlineData("yyyy", "nnnn")]
    [InlineData("yanyan", "ynanya")]
    [InlineData("yyyyyyyyan", "yyyyyyynnn")]
    [InlineData("ayanaaynyy", "naynyaanyy")]
    public void Measures_HandMadeVectors_SatisfySignorinoRitterIdentity(string a, string b)
    {
        // S = 1 − 2·d/d_max (Signorino & Ritter 1999, eq. 3) with d the summed distance and d_max
        // the largest possible: n × (yes − no) = n under both metrics.
        foreach (var metric in new[] { VoteDistance.Absolute, VoteDistance.Squared })
        {
            var d = a.Zip(b).Sum(p => metric == VoteDistance.Absolute ? Math.Abs(Value(p.First) - Value(p.Second)) : Math.Pow(Value(p.First) - Value(p.Second), 2));
            var dMax = a.Length * 1.0;
            Assert.Equal(1 - (2 * d / dMax), Tally(a, b).Measures(metric).S!.Value, 12);
        }
    }

    [Fact]
    public void Measures_IdenticalVotes_AreOneAndChanceCorrectedToo()
    {
        var m = Tally("yyna", "yyna").Measures(VoteDistance.Absolute);
        Assert.Equal((1.0, 1.0, 1.0, 1.0, 1.0), (m.Agree!.Value, m.Voeten!.Value, m.S!.Value, m.Kappa!.Value, m.Pi!.Value));
    }

    [Fact]
    public void Measures_YesAgainstNoThroughout_AreTheMinimum()
    {
        var m = Tally("yyyy", "nnnn").Measures(VoteDistance.Absolute);
        Assert.Equal(0, m.Agree);
        Assert.Equal(0, m.Voeten);
        Assert.Equal(-1, m.S);
        Assert.Equal(0, m.Kappa); // given each one's own shares (all yes, all no) chance predicts exactly this disagreement
        Assert.Equal(-1, m.Pi); // pooled shares ½ yes ½ no: expected distance ½, observed 1
    }

    [Fact]
    public void Measures_OneAbstains_CountsHalfInVoetenIndex()
    {
        // yes/yes, yes/abstain, no/abstain, yes/no: 1 + ½ + ½ + 0 = 2 of 4.
        var m = Tally("yyny", "yaan").Measures(VoteDistance.Absolute);
        Assert.Equal(0.25, m.Agree);
        Assert.Equal(0.5, m.Voeten);
    }

    [Fact]
    public void Measures_BothAlwaysYes_LeaveKappaAndPiUndefined()
    {
        var m = Tally("yyy", "yyy").Measures(VoteDistance.Absolute);
        Assert.Equal(1, m.Agree);
        Assert.Null(m.Kappa);
        Assert.Null(m.Pi);
    }

    [Theory]
    [InlineData("yanyan", "ynanya")]
    [InlineData("yyyyyyyyan", "yyyyyyynnn")]
    [InlineData("ayanaaynyy", "naynyaanyy")]
    public void Measures_SquaredDistance_MatchHageComponentFormulas(string a, string b)
    {
        // Häge's replication code (msim-data09-votesimvalued.do) builds UN-vote κ and π from sums
        // of squares: κ = 1 − SSD / (SSD1 + SSD2 + n(m1 − m2)²), π = 1 − SSD / (SSDt1 + SSDt2),
        // with SSDi the squared deviations from each country's mean and SSDti from the pooled mean.
        var x = a.Select(Value).ToArray();
        var y = b.Select(Value).ToArray();
        double n = x.Length, m1 = x.Average(), m2 = y.Average(), mt = (m1 + m2) / 2;
        var ssd = x.Zip(y, (p, q) => (p - q) * (p - q)).Sum();
        var kappa = 1 - (ssd / (x.Sum(v => (v - m1) * (v - m1)) + y.Sum(v => (v - m2) * (v - m2)) + (n * (m1 - m2) * (m1 - m2))));
        var pi = 1 - (ssd / (x.Sum(v => (v - mt) * (v - mt)) + y.Sum(v => (v - mt) * (v - mt))));

        var m = Tally(a, b).Measures(VoteDistance.Squared);

        Assert.Equal(kappa, m.Kappa!.Value, 12);
        Assert.Equal(pi, m.Pi!.Value, 12);
    }

    [Fact]
    public void Measures_NoVotes_AreAllNull()
    {
        var m = new AgreementTally().Measures(VoteDistance.Absolute);
        Assert.Equal((null, null, null, null, null), (m.Agree, m.Voeten, m.S, m.Kappa, m.Pi));
    }
}
