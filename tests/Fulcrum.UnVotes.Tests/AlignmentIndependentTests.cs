using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.UnVotes.Tests;

/// <summary>Agreement and κ for real pairs and years against a plain LINQ pass over the raw CSV.</summary>
public class AlignmentIndependentTests
{
    private static readonly Dictionary<string, double> Scale = new() { ["yes"] = 1, ["abstain"] = 0.5, ["no"] = 0 };

    [Theory]
    [InlineData("ISR", "Israel", "RUS", "Russia", 2014)]
    [InlineData("ISR", "Israel", "USA", "United States", 2000)]
    [InlineData("USA", "United States", "RUS", "Russia", 1980)] // the Soviet seat: RUS before 1992
    [InlineData("RUS", "Russia", "UKR", "Ukraine", 2019)]
    [InlineData("DEU", "Federal Republic of Germany", "FRA", "France", 1985)] // DEU before unification
    [InlineData("CHN", "China", "USA", "United States", 1975)]
    public void Compute_RealPairYear_MatchesIndependentComputation(string a, string nameA, string b, string nameB, int year)
    {
        var votes = RawUnVotes.Votes.Where(v => RawUnVotes.RollCalls[v.Rcid].Year == year).ToList();
        var pairs = (from va in votes.Where(v => v.Country == nameA)
                     join vb in votes.Where(v => v.Country == nameB) on va.Rcid equals vb.Rcid
                     select (A: Scale[va.Vote], B: Scale[vb.Vote])).ToList();
        var n = pairs.Count;
        var agree = pairs.Count(p => p.A == p.B) / (double)n;
        var observed = pairs.Average(p => Math.Abs(p.A - p.B));
        // Cohen's κ with absolute distances (Häge 2011): 1 − observed / expected, the expected
        // distance over every cross pair of A's and B's votes (independent draws from each one's own shares).
        var expected = pairs.SelectMany(p => pairs, (p, q) => Math.Abs(p.A - q.B)).Average();
        var kappa = 1 - (observed / expected);

        var row = PairAlignment.Compute(UnVoteData.BuiltIn, new AlignmentQuery(a, b) { FromYear = year, ToYear = year }).ValueOrThrow().Rows.Single();

        Assert.Equal(n, row.Votes);
        Assert.Equal(agree, row.Agree!.Value, 12);
        Assert.Equal(1 - observed, row.AgreeVoeten!.Value, 12);
        Assert.Equal(1 - (2 * observed), row.S!.Value, 12);
        Assert.Equal(kappa, row.Kappa!.Value, 12);
        Assert.Equal(RawUnVotes.RollCalls.Values.Count(r => r.Year == year), row.RollCalls);
    }

    [Theory]
    [InlineData("ISR", "Israel", "RUS", "Russia", 2010)]
    [InlineData("USA", "United States", "RUS", "Russia", 1960)]
    public void Compute_RealPairYear_PiMatchesPooledShares(string a, string nameA, string b, string nameB, int year)
    {
        var votes = RawUnVotes.Votes.Where(v => RawUnVotes.RollCalls[v.Rcid].Year == year).ToList();
        var pairs = (from va in votes.Where(v => v.Country == nameA)
                     join vb in votes.Where(v => v.Country == nameB) on va.Rcid equals vb.Rcid
                     select (A: Scale[va.Vote], B: Scale[vb.Vote])).ToList();
        // Scott's π: chance from the pooled votes of both, as if every vote were drawn from one urn.
        var pooled = pairs.Select(p => p.A).Concat(pairs.Select(p => p.B)).ToList();
        var expected = pooled.SelectMany(x => pooled, (x, y) => Math.Abs(x - y)).Average();
        var pi = 1 - (pairs.Average(p => Math.Abs(p.A - p.B)) / expected);

        var row = PairAlignment.Compute(UnVoteData.BuiltIn, new AlignmentQuery(a, b) { FromYear = year, ToYear = year }).ValueOrThrow().Rows.Single();

        Assert.Equal(pi, row.Pi!.Value, 12);
    }
}
