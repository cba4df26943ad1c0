using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Signposts;

/// <summary>
/// The shipped daily GDELT dyad scores copied next to a case as a plain series file: RUS-UKR has
/// all 97 days, AGO-RUS only 15 (the source writes nonzero pair-days only). A series file is checked
/// only for the series that are read, each under its indicator's <c>gaps:</c>.
/// </summary>
public sealed class GapPolicyTests : IDisposable
{
    private readonly TestCases _cases = new();

    public GapPolicyTests()
    {
        using var shipped = BuiltInSeries.OpenCompressed(BuiltInSeries.GdeltDyads)!;
        using var copy = File.Create(Path.Combine(_cases.Folder, "dyads.csv.gz"));
        shipped.CopyTo(copy);
    }

    private static string Signpost(string id, string series, string gaps) => $$"""
          - id: {{id}}
            name: {{series}} from the copied file
            indicator: {kind: series, file: dyads.csv.gz, series: {{series}}{{gaps}}}
            rule: {kind: change, method: cusum, direction: down}
            effect: {flag: x}
            source: test

        """;

    private async Task<(IReadOnlyDictionary<string, SignpostData> Data, SeriesCatalog Catalog)> LoadAsync(string signposts)
    {
        var c = CaseLoader.LoadFile(_cases.Write("case.fulcrum.yaml", TestCases.Text(signposts))).ValueOrThrow();
        var catalog = new SeriesCatalog(_cases.Folder);
        return (await SignpostSources.LoadAsync(c, catalog, null, c.AsOf), catalog);
    }

    [Fact]
    public async Task Load_OtherSeriesOfTheFileHaveGaps_TheSeriesReadIsJudgedAndTheFileReadOnce()
    {
        var (data, catalog) = await LoadAsync(Signpost("complete", "RUS-UKR", "") + Signpost("complete_again", "UKR-RUS", ", gaps: error"));
        Assert.Equal(97, data["complete"].Series!.Count);
        Assert.Equal(97, data["complete_again"].Series!.Count);
        Assert.Empty(catalog.Problems);
        var read = Assert.Single(catalog.Read, r => r.Reference == "dyads.csv.gz");
        Assert.NotNull(read.Sha256);
    }

    [Fact]
    public async Task Load_GappySeriesWithoutAPolicy_IsAProblemNamingTheFileLineAndTheCaseKey()
    {
        var (data, catalog) = await LoadAsync(Signpost("gappy", "AGO-RUS", "") + Signpost("complete", "RUS-UKR", ""));
        Assert.Equal(97, data["complete"].Series!.Count);
        Assert.Null(data["gappy"].Series);
        var problem = Assert.Single(catalog.Problems);
        Assert.EndsWith("dyads.csv.gz", problem.File, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
        Assert.StartsWith("series 'AGO-RUS' misses 67 days between ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("gaps: zero", problem.Hint, StringComparison.Ordinal);
        Assert.Contains("cannot be read", data["gappy"].Missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zero", 97)]
    [InlineData("skip", 15)]
    public async Task Load_GappySeriesWithAPolicy_ReadAsTheCaseSays(string policy, int points)
    {
        var (data, catalog) = await LoadAsync(Signpost("gappy", "AGO-RUS", $", gaps: {policy}"));
        Assert.Empty(catalog.Problems);
        var series = data["gappy"].Series!;
        Assert.Equal(points, series.Count);
        if (policy == "zero") Assert.Equal(points - 15, series.Values.Count(v => v == 0));
    }

    [Fact]
    public void Load_GapsOnAnEventIndicatorOrAnUnknownPolicy_AreLocatedProblems()
    {
        var text = TestCases.Text(Signpost("gappy", "AGO-RUS", ", gaps: sometimes") + """
              - id: events
                name: events with a gap policy
                indicator: {kind: events, dyad: [RUS, UKR], gaps: zero}
                rule: {kind: change, method: poisson-cusum, direction: up}
                effect: {flag: x}
                source: test
            """);
        var problems = CaseLoader.LoadFile(_cases.Write("case.fulcrum.yaml", text)).Problems;
        Assert.Contains(problems, p => p.Message == "'gaps: sometimes' is not a gap policy" && p.Line > 0);
        Assert.Contains(problems, p => p.Message == "'gaps' is for series indicators, not events" && p.Line > 0);
    }

    public void Dispose() => _cases.Dispose();
}
