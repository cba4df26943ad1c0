using Fulcrum.Core.Text;

namespace Fulcrum.Core.Tests;

public class CsvLineTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData(" a , b ", new[] { "a", "b" })]
    [InlineData("\"x, y\",z", new[] { "x, y", "z" })]
    [InlineData("\"say \"\"hi\"\"\",2", new[] { "say \"hi\"", "2" })]
    [InlineData("a,,", new[] { "a", "", "" })]
    [InlineData("", new[] { "" })]
    public void Split_FollowsRfc4180QuotingAndTrims(string line, string[] expected) =>
        Assert.Equal(expected, CsvLine.Texts(line));

    [Fact]
    public void Split_GivesTheColumnWhereEachFieldStarts()
    {
        var fields = CsvLine.Split("ab,  cd,\"e\"");
        Assert.Equal([1, 6, 9], fields.Select(f => f.Column));
    }

    [Fact]
    public void WithoutTrailingEmpties_DropsTheEmptyFieldsAtTheEnd()
    {
        Assert.Equal(["a", "", "b"], CsvLine.WithoutTrailingEmpties(CsvLine.Split("a,,b,, ")).Select(f => f.Text));
    }

    [Fact]
    public void Lines_EndAtLfCrlfOrBareCr()
    {
        Assert.Equal([(1, "a"), (2, "b"), (3, "c"), (4, "")], CsvLine.Lines("a\r\nb\rc\n"));
    }
}
