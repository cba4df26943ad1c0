using Fulcrum.Elicitation.Swings;

namespace Fulcrum.Elicitation.Tests.Swings;

public class SwingElicitationTests
{
    [Fact]
    public void For_TheFoundingCase_ShowsEachInterestFromWorstToBest()
    {
        var e = SwingElicitation.For(Fixture.Israel);

        Assert.Equal(7, e.Swings.Count);
        Assert.Equal("Bilateral trade with Russia: from 0 to 3.5 USD bn per year", e.Swings.Single(s => s.Interest == "russia_trade").Describe());
    }

    [Fact]
    public void RankThenRate_GivesTheSameWeightsAsTheFile()
    {
        var e = SwingElicitation.For(Fixture.Israel);
        Assert.Null(e.RankTied([["us_backing"], ["syria_freedom"], ["us_iran_coordination"], ["russian_speakers"], ["russia_trade", "rus_goodwill"], ["me_channel"]]));
        Assert.Equal(["us_backing"], e.Top);

        foreach (var (id, rating) in new[] { ("syria_freedom", 80.0), ("us_iran_coordination", 40), ("russian_speakers", 20), ("russia_trade", 15), ("me_channel", 10) })
        {
            Assert.Equal(id, e.ToRate[0]);
            Assert.Null(e.Rate(id, rating));
        }

        Assert.Empty(e.ToRate); // rating russia_trade rated its tie rus_goodwill too
        var file = SwingCsvReader.Read(Fixture.Path("swing", "israel-2022.csv"), Fixture.IsraelInterests).ValueOrThrow();
        Assert.Equal(file.Weights, e.Result().ValueOrThrow().Weights);
    }

    [Fact]
    public void Rate_AboveASwingRankedHigher_IsRefused()
    {
        var e = new SwingElicitation([new("a", "A", "u", 0, 1), new("b", "B", "u", 0, 1), new("c", "C", "u", 0, 1)]);
        e.Rank(["a", "b", "c"]);
        Assert.Null(e.Rate("b", 60));

        var p = e.Rate("c", 70);

        Assert.Equal("'c' is rated 70, above 'b' (60), which is ranked more important", p!.Message);
        Assert.Equal(ElicitationSubjects.Rating, p.Subject);
        Assert.Equal(["c"], e.ToRate);
    }

    [Fact]
    public void Rank_MissingOrUnknownInterests_IsRefused()
    {
        var e = new SwingElicitation([new("a", "A", "u", 0, 1), new("b", "B", "u", 0, 1)]);

        Assert.Equal("interest b not ranked", e.Rank(["a"])!.Message);
        Assert.Equal("unknown interest z", e.Rank(["a", "b", "z"])!.Message);
        Assert.Equal("interest a ranked twice", e.Rank(["a", "a", "b"])!.Message);
        Assert.False(e.IsRanked);
        Assert.False(e.Result().Ok);
    }

    [Fact]
    public void Result_BeforeEveryRating_SaysWhatIsLeft()
    {
        var e = new SwingElicitation([new("a", "A", "u", 0, 1), new("b", "B", "u", 0, 1)]);
        e.Rank(["a", "b"]);

        Assert.Equal("rate b", Assert.Single(e.Result().Problems).Hint);
    }
}
