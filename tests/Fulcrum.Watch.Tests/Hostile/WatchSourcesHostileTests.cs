using Fulcrum.Scenario.Loading;
using Fulcrum.Tests.Shared;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Hostile;

/// <summary>
/// The watch sources read series files through the bounded reader: a path that turns out to be a
/// pipe or a device makes its signposts or relations "no data", with the reason, at once.
/// </summary>
public sealed class WatchSourcesHostileTests : IDisposable
{
    private const string Signpost = """
          - id: from_file
            name: a series from a CSV next to the case
            indicator: {kind: series, file: counts.csv, series: RUS-UKR}
            rule: {kind: threshold, above: 40}
            effect: {flag: x}
            source: test
        """;

    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void SignpostSources_SeriesFileReplacedByAPipe_IsNoDataWithoutBlocking()
    {
        // The case was checked with a real file; by the time it is watched the path is a named pipe.
        var counts = _files.File("counts.csv", "date,series,value\n2022-01-03,RUS-UKR,12\n2022-01-04,RUS-UKR,41\n");
        var c = CaseLoader.LoadFile(_files.File("case.fulcrum.yaml", TestCases.Text(Signpost))).ValueOrThrow();
        File.Delete(counts);
        _files.Fifo("counts.csv");

        var data = SpecialFiles.WithinPatience(() => SignpostSources.LoadAsync(c, new SeriesCatalog(_files.Folder), null, c.AsOf).GetAwaiter().GetResult());
        Assert.Null(data["from_file"].Series);
        Assert.Contains("is a named pipe (FIFO), not a file", data["from_file"].Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void SeriesSources_DevZero_IsRefusedAtOnce()
    {
        var set = SpecialFiles.WithinPatience(() => SeriesSources.Open("/dev/zero"));
        Assert.Equal("is a device, not a file", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public async Task RelationSources_FastSeriesFileThatIsAFolder_IsMissingWithTheReason()
    {
        Directory.CreateDirectory(Path.Combine(_files.Folder, "fast.csv"));
        var text = TestCases.Text("", relations: "  fast: fast.csv\n  slow: s\n  baseline_days: 60");
        var path = _files.File("case.fulcrum.yaml", text);
        var loaded = CaseLoader.LoadFile(path);
        // The loader already says what the path is: a folder cannot be a series file.
        Assert.Contains(loaded.Problems, p => p.Message == "series file 'fast.csv' is a folder, not a file");
        var c = CaseLoader.LoadText(text, "case.fulcrum.yaml").ValueOrThrow();
        var fast = await RelationSources.FastAsync(c, new SeriesCatalog(_files.Folder), null, c.AsOf);
        Assert.All(fast.Series, p => Assert.Contains("is a folder, not a file", p.Missing, StringComparison.Ordinal));
    }
}
