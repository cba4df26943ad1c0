using Fulcrum.Scenario.Loading;
using Fulcrum.Tests.Shared;
using Xunit.Abstractions;

namespace Fulcrum.Scenario.Tests.Hostile;

/// <summary>Case paths that are not case files: each is a problem naming the path, at once.</summary>
public sealed class CaseFileHostileTests(ITestOutputHelper output) : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void LoadFile_Folder_SaysItIsAFolder()
    {
        var problem = Assert.Single(CaseLoader.LoadFile(_files.Folder).Problems);
        Assert.Equal((_files.Folder, "is a folder, not a file"), (problem.File, problem.Message));
    }

    [Fact]
    public void LoadFile_DevZero_IsRefusedWithoutReading()
    {
        var result = SpecialFiles.WithinPatience(() => CaseLoader.LoadFile("/dev/zero"));
        Assert.Equal("is a device, not a file", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void LoadFile_NamedPipe_IsRefusedWithoutBlocking()
    {
        var fifo = _files.Fifo("case.fulcrum.yaml");
        var result = SpecialFiles.WithinPatience(() => CaseLoader.LoadFile(fifo));
        Assert.StartsWith("is a named pipe", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Unreadable_IsAProblemNamingTheFile()
    {
        if (_files.Unreadable(out var why) is not { } path)
        {
            output.WriteLine($"not run: {why}");
            return;
        }
        var problem = Assert.Single(CaseLoader.LoadFile(path).Problems);
        Assert.Equal((path, "cannot be read: permission denied"), (problem.File, problem.Message));
    }

    [Fact]
    public void LoadFile_SeriesIndicatorNamingAPipe_SaysSoWithoutBlocking()
    {
        _files.Fifo("series.csv");
        var text = LargeCases.MinimalWith("indicator: {kind: manual, observations: []}", "indicator: {kind: series, file: series.csv, series: A-B}")
            .Replace("rule: {kind: observed}", "rule: {kind: threshold, above: 1}", StringComparison.Ordinal);
        var path = _files.File("case.fulcrum.yaml", text);
        var result = SpecialFiles.WithinPatience(() => CaseLoader.LoadFile(path));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("series file 'series.csv' is a named pipe (FIFO), not a file: reading it would wait for a writer", problem.Message);
    }

    [Fact]
    public void LoadFile_CarriageReturnLineEnds_Load()
    {
        var path = _files.File("cr.fulcrum.yaml", LargeCases.MinimalWith("\n", "\r"));
        var result = CaseLoader.LoadFile(path);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }
}
