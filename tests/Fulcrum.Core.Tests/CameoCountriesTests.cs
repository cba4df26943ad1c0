using Fulcrum.Core.Reference;

namespace Fulcrum.Core.Tests;

public class CameoCountriesTests
{
    [Theory]
    [InlineData("ISR", "Israel")]
    [InlineData("USA", "United States")]
    [InlineData("RUS", "Russia")]
    [InlineData("UKR", "Ukraine")]
    [InlineData("WSB", "West Bank")]
    public void NameOf_KnownCode_GivesItsName(string code, string name) => Assert.Equal(name, CameoCountries.NameOf(code));

    [Fact]
    public void All_HoldsTheWholeReconstructedTable()
    {
        Assert.Equal(259, CameoCountries.All.Count); // 259 rows under the header (SOURCES.md says 258)
        Assert.False(CameoCountries.IsKnown("isr"));
        Assert.Equal("XYZ", CameoCountries.NameOf("XYZ"));
    }
}
