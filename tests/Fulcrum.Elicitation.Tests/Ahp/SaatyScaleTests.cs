using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class SaatyScaleTests
{
    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("1/3", 1.0 / 3)]
    [InlineData(" 1 / 7 ", 1.0 / 7)]
    [InlineData("0.5", 0.5)]
    [InlineData("2.5", 2.5)]
    [InlineData("9", 9.0)]
    [InlineData("1/9", 1.0 / 9)]
    [InlineData("2/4", 0.5)]
    public void Parse_Judgements_GiveTheirValue(string text, double expected)
    {
        var j = SaatyScale.Parse(text);

        Assert.True(j.Ok, j.Error);
        Assert.Equal(expected, j.Value, 1e-15);
    }

    [Theory]
    [InlineData("", "no judgement given")]
    [InlineData("0", "judgement 0 is zero")]
    [InlineData("0/3", "judgement 0/3 is zero")]
    [InlineData("-2", "judgement -2 is negative")]
    [InlineData("10", "judgement 10 is outside Saaty's scale 1/9 … 9")]
    [InlineData("1/10", "judgement 1/10 is outside Saaty's scale 1/9 … 9")]
    [InlineData("three", "'three' is not a judgement")]
    [InlineData("1/", "'1/' is not a judgement")]
    [InlineData("NaN", "'NaN' is not a judgement")]
    [InlineData("1/0", "'1/0' divides by zero")]
    public void Parse_NonJudgements_SayWhy(string text, string error)
    {
        var j = SaatyScale.Parse(text);

        Assert.False(j.Ok);
        Assert.Equal(error, j.Error);
        Assert.NotEmpty(j.Hint);
    }

    [Theory]
    [InlineData(2.4, 2.0)]
    [InlineData(2.5, 3.0)]    // log 2.5 is nearer log 3 than log 2
    [InlineData(0.3, 1.0 / 3)]
    [InlineData(1.2, 1.0)]
    [InlineData(12.0, 9.0)]
    [InlineData(0.01, 1.0 / 9)]
    public void Nearest_Ratios_RoundOnALogScale(double ratio, double expected) =>
        Assert.Equal(expected, SaatyScale.Nearest(ratio), 1e-15);

    [Fact]
    public void Values_AreTheSeventeenOfTheScale_Ascending()
    {
        Assert.Equal(17, SaatyScale.Values.Count);
        Assert.Equal(1.0 / 9, SaatyScale.Values[0]);
        Assert.Equal(1.0, SaatyScale.Values[8]);
        Assert.Equal(9.0, SaatyScale.Values[16]);
        Assert.True(SaatyScale.Values.Zip(SaatyScale.Values.Skip(1)).All(p => p.First < p.Second));
    }

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(1.0 / 3, "1/3")]
    [InlineData(2.5, "2.5")]
    [InlineData(1.0, "1")]
    public void Format_Judgements_AsPeopleWriteThem(double value, string expected) => Assert.Equal(expected, SaatyScale.Format(value));
}
