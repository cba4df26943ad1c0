using System.Text.Json;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Tests;

/// <summary>The founding case as shipped: it loads, round-trips, and keeps the facts of the seed.</summary>
public class BuiltInCaseTests
{
    private static readonly Case Israel = CaseLoader.LoadBuiltIn(BuiltInCases.Default).ValueOrThrow();

    [Fact]
    public void LoadBuiltIn_Israel2022_LoadsWithTheShapeTheIssueAsksFor()
    {
        Assert.Equal(("israel-2022", "ISR", new DateOnly(2022, 1, 5)), (Israel.Id, Israel.Focal, Israel.AsOf));
        Assert.Equal(["USA", "RUS"], Israel.Powers);
        Assert.Equal(["keep_line", "condemn_words", "condemn_aid", "join_sanctions", "sanctions_expel_isolate", "mediate"],
            Israel.Options.Select(o => o.Id));
        Assert.Equal(["no_invasion", "limited_incursion", "full_invasion"], Israel.Scenarios.Select(s => s.Id));
        Assert.Equal(18, Israel.Reactions.Count);
    }

    [Fact]
    public void LoadBuiltIn_IsParsedOncePerProcess_TheDocumentAndItsDigestShared()
    {
        var document = CaseLoader.LoadBuiltInDocument("israel-2022").ValueOrThrow();
        Assert.Same(document, CaseLoader.LoadBuiltInDocument("israel-2022").ValueOrThrow());
        Assert.Same(document.Case, CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(BuiltInCases.Text("israel-2022")!))), document.Sha256);
    }

    [Fact]
    public void LoadBuiltIn_UnknownName_ListsTheBuiltInCases()
    {
        var problem = Assert.Single(CaseLoader.LoadBuiltIn("atlantis").Problems);
        Assert.Contains("israel-2022", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportedText_LoadsToTheSameCase()
    {
        var exported = BuiltInCases.Text(BuiltInCases.Default)!;
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-export-{Guid.NewGuid():N}.fulcrum.yaml");
        try
        {
            File.WriteAllText(path, exported);
            var reloaded = CaseLoader.LoadFile(path).ValueOrThrow();
            Assert.Equal(Canonical(Israel), Canonical(reloaded));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EveryNumber_CarriesASource_AndUnsourcedWeightsAndPriorsAreRanges()
    {
        Assert.All(Israel.Interests, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
        Assert.All(Israel.Scenarios, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        Assert.All(Israel.Reactions.SelectMany(r => r.Effects.Values.Concat(r.Relations.Values)), e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        // Weights and priors are analyst estimates: the issue asks for ranges, not points.
        Assert.All(Israel.Interests, i => Assert.False(i.Weight.IsPoint, $"{i.Id} weight is a point"));
        Assert.All(Israel.Scenarios, s => Assert.NotNull(s.PriorRange));
    }

    [Theory]
    [InlineData("NATO expansion")]
    [InlineData("weapons systems")]
    [InlineData("Nord Stream 2")]
    [InlineData("10 January")]
    [InlineData("no intention of entering a military confrontation")]
    [InlineData("sanctions, political isolation, expulsion of spies")]
    [InlineData("need to talk to the Kremlin")]
    [InlineData("freedom of action against Iran and its proxies in Syria")]
    [InlineData("Zachary Baumel")]
    [InlineData("political agreements in the Middle East")]
    [InlineData("over one million Russian speakers")]
    [InlineData("two to three billion US dollars a year")]
    [InlineData("Red Army")]
    [InlineData("take a side")]
    [InlineData("Iranian nuclear programme, the Palestinian issue, offensive cyber exports")]
    [InlineData("Chinese threat")]
    [InlineData("constantly examine and balance")]
    public void Context_HoldsEveryFactOfTheSeed(string fact) =>
        Assert.Contains(Israel.Context, f => f.Text.Contains(fact, StringComparison.Ordinal));

    [Fact]
    public void Trade_IsTwoToThreeBillionDollarsAYear_AsTheSeedSays()
    {
        var trade = Israel.Interests.Single(i => i.Id == "russia_trade");
        Assert.Equal((2.0, 3.0, "USD bn per year"), (trade.Baseline.Low, trade.Baseline.High, trade.Unit));
    }

    [Fact]
    public void SignpostsOnSeries_NameDyadsOfTheShippedGdeltScores()
    {
        using var reader = BuiltInSeries.Open(BuiltInSeries.GdeltDyads)!;
        var series = new HashSet<string>(StringComparer.Ordinal);
        var last = "";
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            series.Add(parts[1]);
            last = parts[0];
        }
        Assert.Equal("2022-01-05", last); // ends on the case's as_of date
        foreach (var s in Israel.Signposts.Select(s => s.Indicator).OfType<SeriesIndicator>())
            Assert.Contains(s.Series, series);
    }

    private static string Canonical(Case c) => JsonSerializer.Serialize(c);
}
