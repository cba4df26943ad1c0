using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.UnVotes.Tests;

/// <summary>Grouping, filters, ranges and "no data" of the pair alignment.</summary>
public class PairAlignmentTests
{
    private static readonly UnVoteData Data = UnVoteData.BuiltIn;

    private static AlignmentResult Run(AlignmentQuery query) => PairAlignment.Compute(Data, query).ValueOrThrow();

    [Fact]
    public void Compute_YearsBeforeAMemberJoined_GiveNoDataNotZero()
    {
        // Israel joined the UN in May 1949: 1946-1948 have roll calls but no common votes with Russia.
        var rows = Run(new AlignmentQuery("ISR", "RUS") { FromYear = 1946, ToYear = 1950 }).Rows;
        Assert.Equal([1946, 1947, 1948, 1949, 1950], rows.Select(r => r.Year!.Value));
        Assert.All(rows.Take(3), r =>
        {
            Assert.True(r.NoData);
            Assert.True(r.RollCalls > 0);
            Assert.Equal((null, null, null, null, null, null), (r.Agree, r.AgreeVoeten, r.S, r.Kappa, r.Pi, r.IdealPointDistance));
        });
        Assert.All(rows.Skip(3), r => Assert.False(r.NoData));
    }

    [Fact]
    public void Compute_PairThatNeverSatTogether_IsNoDataEveryYear()
    {
        // The German Democratic Republic (1973-1990) and South Sudan (since 2011).
        var result = Run(new AlignmentQuery("DDR", "SSD") { FromYear = 1985, ToYear = 2015 });
        Assert.All(result.Rows, r => Assert.True(r.NoData));
    }

    [Fact]
    public void Compute_DefaultRange_IsTheYearsBothVoted()
    {
        var result = Run(new AlignmentQuery("ISR", "USA"));
        Assert.Equal(1949, result.FromYear);
        Assert.Equal(2020, result.ToYear); // the last roll call of session 74 is dated 2020-01-14
    }

    [Fact]
    public void Compute_ImportantOnly_UsesTheImportantRollCallsAndIdealPoints()
    {
        var row = Run(new AlignmentQuery("ISR", "USA") { FromYear = 2010, ToYear = 2010, ImportantOnly = true }).Rows.Single();
        Assert.Equal(RawUnVotes.RollCalls.Values.Count(r => r.Year == 2010 && r.Important == "1"), row.RollCalls);
        var isr = Data.Country("ISR").ValueOrThrow();
        var usa = Data.Country("USA").ValueOrThrow();
        Assert.Equal(Math.Abs(Data.IdealPointsImportant.Of(isr, 65)!.Value - Data.IdealPointsImportant.Of(usa, 65)!.Value), row.IdealPointDistance!.Value, 12);
    }

    [Fact]
    public void Compute_ImportantAfter2017_IsNoData()
    {
        // Important votes are not coded from 2018 on (Data/SOURCE.md).
        var row = Run(new AlignmentQuery("ISR", "USA") { FromYear = 2019, ToYear = 2019, ImportantOnly = true }).Rows.Single();
        Assert.Equal(0, row.RollCalls);
        Assert.True(row.NoData);
    }

    [Theory]
    [InlineData(UnIssue.PalestinianConflict, "me")]
    [InlineData(UnIssue.HumanRights, "hr")]
    public void Compute_Issue_KeepsOnlyThatCategory(UnIssue issue, string code)
    {
        var row = Run(new AlignmentQuery("ISR", "RUS") { FromYear = 2015, ToYear = 2015, Issues = [issue] }).Rows.Single();
        Assert.Equal(RawUnVotes.RollCalls.Values.Count(r => r.Year == 2015 && RawUnVotes.Issues[r.Rcid].Contains(code)), row.RollCalls);
    }

    [Fact]
    public void Compute_BySession_GroupsBySessionWithItsIdealPoints()
    {
        var rows = Run(new AlignmentQuery("USA", "RUS") { FromYear = 2018, ToYear = 2020, Grouping = AlignmentGrouping.Session }).Rows;
        Assert.Equal([73, 74], rows.Select(r => r.Session!.Value));
        var last = rows[^1];
        Assert.Equal((2019, 2020), (last.FirstYear, last.LastYear));
        Assert.Equal(RawUnVotes.RollCalls.Values.Count(r => r.Session == 74), last.RollCalls);
        var ip = Data.IdealPointsAll;
        Assert.Equal(Math.Abs(ip.Of(Data.Country("USA").ValueOrThrow(), 74)!.Value - ip.Of(Data.Country("RUS").ValueOrThrow(), 74)!.Value), last.IdealPointDistance!.Value, 12);
    }

    [Fact]
    public void Compute_Span_AddsUpTheYears()
    {
        var query = new AlignmentQuery("ISR", "RUS") { FromYear = 2010, ToYear = 2019 };
        var years = Run(query).Rows;
        var span = Run(query with { Grouping = AlignmentGrouping.Span }).Rows.Single();
        Assert.Equal(years.Sum(r => r.Votes), span.Votes);
        Assert.Equal((2010, 2019), (span.FirstYear, span.LastYear));
        var weighted = years.Sum(r => r.Agree!.Value * r.Votes) / span.Votes;
        Assert.Equal(weighted, span.Agree!.Value, 12);
    }

    [Fact]
    public void Compute_FirstYearAfterLast_IsAProblem()
    {
        var result = PairAlignment.Compute(Data, new AlignmentQuery("ISR", "RUS") { FromYear = 2019, ToYear = 2010 });
        Assert.False(result.Ok);
        Assert.Contains("after the last year", result.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BothCodesUnknown_ReportsBoth()
    {
        var result = PairAlignment.Compute(Data, new AlignmentQuery("XXX", "YYY"));
        Assert.Equal(2, result.Problems.Count);
    }
}
