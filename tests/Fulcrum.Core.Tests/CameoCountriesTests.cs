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
    [InlineData("ROM", "Romania")]   // CAMEO's own spelling …
    [InlineData("ROU", "Romania")]   // … and the one real GDELT rows carry (supplement)
    [InlineData("SSD", "South Sudan")]
    public void NameOf_KnownCode_GivesItsName(string code, string name) => Assert.Equal(name, CameoCountries.NameOf(code));

    [Fact]
    public void All_HoldsTheWholeReconstructedTable()
    {
        // 259 rows under the reconstructed list's header (SOURCES.md says 258) + 5 supplementary codes.
        Assert.Equal(264, CameoCountries.All.Count);
        Assert.False(CameoCountries.IsKnown("isr"));
        Assert.Equal("XYZ", CameoCountries.NameOf("XYZ"));
    }
}
