using Fulcrum.Core.Problems;
using Fulcrum.Events.Reference;

namespace Fulcrum.Events.Tests.Reference;

/// <summary>Actor codes: a typo is told from a country with no events, and the code meant is suggested.</summary>
public class ActorCodesTests
{
    private static readonly HashSet<string> None = [];

    [Theory]
    [InlineData("TRK", "TRK", 0)]
    [InlineData("TRK", "TUR", 2)]
    [InlineData("TRK", "PRK", 2)]
    [InlineData("TRK", "TKR", 1)]
    [InlineData("ISR", "IRS", 1)]
    [InlineData("USA", "UAS", 1)]
    [InlineData("ISR", "ISL", 1)]
    [InlineData("RUS", "BUS", 2)]
    public void TypoDistance_IsDamerauLevenshteinWithTheFirstLetterDearer(string a, string b, int distance) =>
        Assert.Equal(distance, ActorCodes.TypoDistance(a, b));

    [Fact]
    public void Suggest_Trk_PutsTurkeyBeforeNorthKorea()
    {
        var suggested = ActorCodes.Suggest("TRK", None, count: 100);

        Assert.Equal("TUR", suggested[0]);
        Assert.Contains("PRK", suggested);
        Assert.True(suggested.ToList().IndexOf("TUR") < suggested.ToList().IndexOf("PRK"));
    }

    [Fact]
    public void Nearest_WithoutTheAliasTable_StillRanksTurkeyBeforeNorthKorea()
    {
        // Both are 2 away from TRK; the kept first letter decides (a typo rarely changes the first letter).
        var nearest = ActorCodes.Nearest("TRK", None).ToList();

        Assert.True(nearest.IndexOf("TUR") is >= 0 and var tur && tur < nearest.IndexOf("PRK"), string.Join(",", nearest));
    }

    [Fact]
    public void Check_UnknownCode_WarnsWithSuggestions()
    {
        var warning = ActorCodes.Check("TRK", new HashSet<string> { "USA", "TUR" }, Subjects.Dyad);

        Assert.NotNull(warning);
        Assert.Equal("unknown actor code 'TRK': not a CAMEO country, group or type, and in no event of the store", warning.Message);
        Assert.StartsWith("did you mean TUR (Turkey)", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CameoSpellingTheStoreDoesNotUse_NamesTheSpellingItDoes()
    {
        var warning = ActorCodes.Check("ROM", new HashSet<string> { "USA", "ROU" }, Subjects.Dyad);

        Assert.NotNull(warning);
        Assert.Contains("'ROM' (Romania) is in no event of the store", warning.Message, StringComparison.Ordinal);
        Assert.Equal("use ROU", warning.Hint);
    }

    [Theory]
    [InlineData("USA")] // in the store
    [InlineData("FJI")] // a CAMEO country with no events: zeros are the truth
    [InlineData("NAT")] // a CAMEO known group (NATO)
    [InlineData("GOV")] // a CAMEO actor type
    public void Check_KnownOrStoredCode_IsNoWarning(string code) =>
        Assert.Null(ActorCodes.Check(code, new HashSet<string> { "USA" }, Subjects.Dyad));

    [Fact]
    public void Aliases_PointToKnownCodes_AndAreDocumented()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "events.md"));
        Assert.All(ActorCodes.Aliases, a =>
        {
            Assert.True(ActorCodes.IsKnown(a.Value.Code), $"{a.Key} -> {a.Value.Code}");
            Assert.Contains($"`{a.Key}`", docs, StringComparison.Ordinal);
        });
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("no Fulcrum.slnx above " + AppContext.BaseDirectory);
    }
}
