using System.Text.Json;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

/// <summary>A scratch folder with a store path, and the CLI run against it.</summary>
public sealed class MeasureCli : IDisposable
{
    public TempFolder Temp { get; } = Fixture.Temp();

    public string Db => Temp.File("store.duckdb");

    /// <summary>Runs <c>fulcrum</c> with <c>--db</c> pointing at this folder's store.</summary>
    public CliRun Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    public JsonElement Json(params string[] args)
    {
        var run = Run([.. args, "--json"]);
        Assert.True(run.ExitCode is 0 or 2, $"exit {run.ExitCode}: {run.Error}");
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    public void IngestFixtures(params string[] fixtures)
    {
        var run = Run(["ingest", .. fixtures.Select(Fixture.Path), "--quiet"]);
        Assert.Equal(0, run.ExitCode);
    }

    public void Dispose() => Temp.Dispose();
}
