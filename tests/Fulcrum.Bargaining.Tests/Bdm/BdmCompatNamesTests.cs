using Fulcrum.Bargaining.Bdm;

namespace Fulcrum.Bargaining.Tests.Bdm;

public class BdmCompatNamesTests
{
    [Theory]
    [InlineData("scholz-code", BdmCompat.ScholzCode)]
    [InlineData("Scholz-Code", BdmCompat.ScholzCode)]
    [InlineData("paper", BdmCompat.Paper)]
    public void TryParse_KnownName_GivesTheMode(string text, BdmCompat expected)
    {
        Assert.True(BdmCompatNames.TryParse(text, out var compat));
        Assert.Equal(expected, compat);
        Assert.Equal(text.ToLowerInvariant(), BdmCompatNames.Name(compat));
    }

    [Fact]
    public void TryParse_UnknownName_False() => Assert.False(BdmCompatNames.TryParse("dmasad", out _));
}
