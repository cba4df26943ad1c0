using Fulcrum.Elicitation.Swings;

namespace Fulcrum.Elicitation.Tests.Swings;

public class SwingCsvReaderTests
{
    [Fact]
    public void Read_TheFoundingCasesRatings_GivesWeightsInTheCasesOrder()
    {
        // Ratings 80, 100, 40, 15, 20, 15, 10 in the case's order sum to 280.
        var r = SwingCsvReader.Read(Fixture.Path("swing", "israel-2022.csv"), Fixture.IsraelInterests).ValueOrThrow();

        Assert.Equal(Fixture.IsraelInterests, r.Ids);
        double[] byHand = [80 / 280.0, 100 / 280.0, 40 / 280.0, 15 / 280.0, 20 / 280.0, 15 / 280.0, 10 / 280.0];
        for (var i = 0; i < byHand.Length; i++) Assert.Equal(byHand[i], r.Weights[i], 1e-15);
    }

    [Fact]
    public void Parse_ColumnsInAnyOrderAndCase_AreRead()
    {
        var r = SwingCsvReader.Parse("Rating,Interest,RANK\n100,a,1\n25,b,2\n", "s.csv").ValueOrThrow();

        Assert.Equal([0.8, 0.2], r.Weights);
    }

    [Theory]
    [InlineData("interest,rank,rating\na,1,100\nb,2,60\nc,3,70\n", 4, 5, "'c' (rank 3) is rated 70, above 'b' (rank 2, rated 60), which is ranked more important")]
    [InlineData("interest,rank,rating\na,1,100\nb,x,50\n", 3, 3, "rank 'x' is not a whole number")]
    [InlineData("interest,rank,rating\na,1,100\nb,1.5,50\n", 3, 3, "rank '1.5' is not a whole number")]
    [InlineData("interest,rank,rating\na,1,100\nb,2,\n", 3, 5, "rating '' is not a number")]
    [InlineData("interest,rank,rating\na,1,100\nb,2,150\n", 3, 5, "rating 150 of 'b' is outside 0-100")]
    [InlineData("interest,rank,rating\na,1,100\na,2,50\n", 3, 1, "interest 'a' is rated twice")]
    [InlineData("interest,rank,rating\na,2,100\n", 1, 0, "no swing is ranked 1")]
    [InlineData("interest,rank,rate\na,1,100\n", 1, 15, "unknown column 'rate'")]
    [InlineData("interest,rank\na,1\n", 1, 0, "no column rating")]
    [InlineData("", 0, 0, "file is empty")]
    public void Parse_BadRatings_AreLocatedProblems(string text, int line, int column, string message)
    {
        var result = SwingCsvReader.Parse(text, "swing.csv");

        Assert.False(result.Ok);
        var p = Assert.Single(result.Problems, p => p.Message == message);
        Assert.Equal(("swing.csv", line, column), (p.File, p.Line, p.Column));
        Assert.NotEmpty(p.Hint);
    }

    [Fact]
    public void Parse_UnknownInterestOfTheCase_PointsAtItsCell()
    {
        var result = SwingCsvReader.Parse("interest,rank,rating\nus_backing,1,100\nsyria,2,50\n", "swing.csv", Fixture.IsraelInterests);

        var unknown = Assert.Single(result.Problems, p => p.Message == "unknown interest 'syria'");
        Assert.Equal((3, 1), (unknown.Line, unknown.Column));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("no swing rating for interests syria_freedom", StringComparison.Ordinal) && p.Line == 1);
    }
}
