using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class AhpCsvReaderTests
{
    [Fact]
    public void Read_BothLayoutsOfTheHouseExample_GiveTheSameMatrix()
    {
        var full = AhpCsvReader.Read(Fixture.Path("ahp", "saaty-1990-house.csv")).ValueOrThrow();
        var upper = AhpCsvReader.Read(Fixture.Path("ahp", "saaty-1990-house-upper.csv")).ValueOrThrow();

        Assert.Equal(["size", "bus", "neighborhood", "age", "yard", "modern", "condition", "financing"], full.Ids);
        Assert.Equal(full.Ids, upper.Ids);
        for (var i = 0; i < 8; i++)
            for (var j = 0; j < 8; j++) Assert.Equal(full[i, j], upper[i, j], 1e-15);
        Assert.Equal(1.0 / 3, full["size", "condition"], 1e-15);
        Assert.Equal(3, full["condition", "size"], 1e-15);
    }

    [Theory]
    [InlineData(",a,b,c\na,1,3,1/2\nb,,1,1/4\nc,,,1\n")]          // empty corner, row ids, upper triangle
    [InlineData("interest,a,b,c\nc,2,4,1\na,1,3,1/2\nb,1/3,1,\n")] // labelled corner, rows in any order, full and partly
    [InlineData("a,b,c\na,1,3,0.5\nb,,,0.25\nc\n")]                // no corner, decimals, empty diagonal
    [InlineData("a,b,c\n1,3,1/2\n,1,1/4\n,,1\n")]                  // rows in header order, no ids
    [InlineData("a,b,c\n,,\n1/3,,\n2,4,\n")]                       // lower triangle only
    [InlineData("\uFEFFa,b,c\r\n1,3,1/2\r\n0.333,1,1/4\r\n\r\n2,4,1\r\n\r\n")] // BOM, CRLF, blank lines, 0.333 for 1/3
    public void Parse_AcceptedLayouts_GiveOneMatrix(string text)
    {
        var m = AhpCsvReader.Parse(text, "j.csv").ValueOrThrow();

        Assert.Equal(["a", "b", "c"], m.Ids);
        Assert.Equal(3, m["a", "b"], 1e-15);
        Assert.Equal(0.5, m["a", "c"], 1e-15);
        Assert.Equal(0.25, m["b", "c"], 1e-15);
        Assert.Equal(4, m["c", "b"], 1e-15);
    }

    [Theory]
    [InlineData("a,b\n1,0\n,1\n", 2, 3, "a against b: judgement 0 is zero")]
    [InlineData("a,b\n1,-3\n,1\n", 2, 3, "a against b: judgement -3 is negative")]
    [InlineData("a,b\n1,12\n,1\n", 2, 3, "a against b: judgement 12 is outside Saaty's scale 1/9 … 9")]
    [InlineData("a,b\n1,1/10\n,1\n", 2, 3, "a against b: judgement 1/10 is outside Saaty's scale 1/9 … 9")]
    [InlineData("a,b\n1,x\n,1\n", 2, 3, "a against b: 'x' is not a judgement")]
    [InlineData("a,b\n1,1/0\n,1\n", 2, 3, "a against b: '1/0' divides by zero")]
    [InlineData("a,b\n1,3\n1/2,1\n", 3, 1, "b against a is 1/2, not the reciprocal of a against b (3)")]
    [InlineData("a,b\n2,3\n,1\n", 2, 1, "a against itself is '2'; the diagonal is 1")]
    [InlineData("a,b,c\n1,3,\n,1,2\n,,1\n", 2, 5, "no judgement for a against c")]
    [InlineData("a,b,a\n1,3,1\n,1,1\n,,1\n", 1, 5, "interest 'a' is named twice in the header")]
    [InlineData(",a,b\na,1,3\na,1,3\n", 3, 1, "row 'a' is given twice (also on line 2)")]
    [InlineData(",a,b\na,1,3\nz,,1\n", 3, 1, "row 'z' is not an interest of the header")]
    [InlineData("a,b\n1,3,5\n,1\n", 2, 5, "this row has 3 judgements but the header names 2 interests")]
    [InlineData("a,b\n1,3\n", 2, 0, "no row for interest b")]
    [InlineData("a,b\n1,3\n,1\n,,\n", 4, 0, "the header names 2 interests but there are 3 rows")]
    [InlineData("a,2b\n1,3\n,1\n", 1, 3, "'2b' is not an interest id")]
    [InlineData("\n\n", 0, 0, "file is empty")]
    public void Parse_BadJudgements_AreLocatedProblems(string text, int line, int column, string message)
    {
        var result = AhpCsvReader.Parse(text, "judgements.csv");

        Assert.False(result.Ok);
        var p = Assert.Single(result.Problems, p => p.Message == message);
        Assert.Equal(("judgements.csv", line, column), (p.File, p.Line, p.Column));
        Assert.NotEmpty(p.Hint);
    }

    [Fact]
    public void Parse_UnknownAndMissingInterestsOfTheCase_AreNamed()
    {
        var result = AhpCsvReader.Parse("a,bb\n1,3\n,1\n", "j.csv", ["a", "b", "c"]);

        Assert.False(result.Ok);
        var unknown = Assert.Single(result.Problems, p => p.Message == "unknown interest 'bb'");
        Assert.Equal((1, 3, "did you mean 'b'?"), (unknown.Line, unknown.Column, unknown.Hint));
        Assert.Contains(result.Problems, p => p.Message == "no judgements for interests b, c" && p.Line == 1);
    }

    [Fact]
    public void Read_TheAnalystsJudgementsOfTheFoundingCase_CoverItsInterests()
    {
        var m = AhpCsvReader.Read(Fixture.Path("ahp", "israel-2022-analyst.csv"), Fixture.IsraelInterests).ValueOrThrow();

        Assert.Equal(Fixture.IsraelInterests, m.Ids);
        Assert.Equal(1.0 / 6, m["russia_trade", "us_backing"], 1e-15);
    }

    [Fact]
    public void Read_MissingFile_IsAProblem()
    {
        var result = AhpCsvReader.Read(Fixture.Path("ahp", "no-such.csv"));

        Assert.Equal("file not found", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_EveryProblemAtOnce_ComesSortedByPosition()
    {
        var result = AhpCsvReader.Parse("a,b,c\n1,0,12\n,1,-1\n,,1\n", "j.csv");

        Assert.Equal([(2, 3), (2, 5), (3, 4)], result.Problems.Select(p => (p.Line, p.Column)));
        Assert.All(result.Problems, p => Assert.IsType<Problem>(p));
    }
}
