using Fulcrum.Elicitation.Swings;

namespace Fulcrum.Elicitation.Tests.Swings;

public class SwingWeightsTests
{
    [Fact]
    public void Compute_Ratings_AreWeightsByTheirShareOfTheSum()
    {
        // By hand: 100 + 80 + 50 + 20 = 250, so 0.40, 0.32, 0.20, 0.08.
        var r = SwingWeights.Compute([new("a", 1, 100), new("b", 2, 80), new("c", 3, 50), new("d", 4, 20)]).ValueOrThrow();

        Assert.Equal(["a", "b", "c", "d"], r.Ids);
        Assert.Equal([0.40, 0.32, 0.20, 0.08], r.Weights.Select(w => Math.Round(w, 12)));
    }

    [Fact]
    public void Compute_TiesAndAZeroRating_AreAllowed()
    {
        // 100 + 100 + 50 + 0 = 250: the tied top swings 0.4 each, the swing that does not matter 0.
        var r = SwingWeights.Compute([new("d", 4, 0), new("a", 1, 100), new("b", 1, 100), new("c", 3, 50)], ["a", "b", "c", "d"]).ValueOrThrow();

        Assert.Equal(["a", "b", "c", "d"], r.Ids);
        Assert.Equal([0.4, 0.4, 0.2, 0.0], r.Weights.Select(w => Math.Round(w, 12)));
        Assert.Equal(0.2, r.WeightOf("c"), 1e-12);
    }

    [Theory]
    [InlineData("no swing is ranked 1", "a,2,100", "b,3,50")]
    [InlineData("'a' is ranked 1 but rated 90", "a,1,90", "b,2,50")]
    [InlineData("'c' (rank 3) is rated 70, above 'b' (rank 2, rated 60), which is ranked more important", "a,1,100", "b,2,60", "c,3,70")]
    [InlineData("'c' is ranked equal to 'b' (rank 2) but rated 50, not 60", "a,1,100", "b,2,60", "c,2,50")]
    [InlineData("rating 120 of 'b' is outside 0-100", "a,1,100", "b,2,120")]
    [InlineData("rating -5 of 'b' is outside 0-100", "a,1,100", "b,2,-5")]
    [InlineData("rank 0 of 'b' is below 1", "a,1,100", "b,0,50")]
    [InlineData("interest 'a' is rated twice", "a,1,100", "a,2,50")]
    [InlineData("'2x' is not an interest id", "a,1,100", "2x,2,50")]
    public void Compute_BrokenRules_AreProblems(string message, params string[] rows)
    {
        var ratings = rows.Select(r => r.Split(',')).Select(f => new SwingRating(f[0], int.Parse(f[1]), double.Parse(f[2]))).ToList();

        var result = SwingWeights.Compute(ratings);

        Assert.False(result.Ok);
        var p = Assert.Single(result.Problems, p => p.Message == message);
        Assert.NotEmpty(p.Hint);
        Assert.NotNull(p.Subject);
    }

    [Fact]
    public void Compute_AgainstACase_NamesUnknownAndMissingInterests()
    {
        var result = SwingWeights.Compute([new("us_backng", 1, 100)], Fixture.IsraelInterests);

        Assert.Contains(result.Problems, p => p.Message == "unknown interest 'us_backng'" && p.Hint == "did you mean 'us_backing'?");
    }

    [Fact]
    public void Compute_AgainstACase_EveryInterestMustBeRated()
    {
        var result = SwingWeights.Compute([new("us_backing", 1, 100), new("syria_freedom", 2, 50)], Fixture.IsraelInterests);

        Assert.Equal("no swing rating for interests us_iran_coordination, russia_trade, russian_speakers, rus_goodwill, me_channel",
            Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Compute_Nothing_IsAProblem() => Assert.False(SwingWeights.Compute([]).Ok);
}
