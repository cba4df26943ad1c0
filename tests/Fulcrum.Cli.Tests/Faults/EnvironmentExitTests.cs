using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Faults;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// The environment's failures reach the user as such: exit code 4 and an "environment:" line
/// saying what happened and what to do, never "internal error" (a bug) and never a stack trace.
/// </summary>
public class EnvironmentExitTests
{
    [TmpfsFact]
    public void Export_OntoAFullDisk_IsTheEnvironmentExitCodeAndLeavesNoFile()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("store.duckdb");
        Assert.Equal(0, CliRunner.Run("ingest", Fixture.Path(Fixture.Gdelt2Days[0]), "--db", db).ExitCode);
        using var disk = new Tmpfs(1);
        var output = disk.File("events.csv");

        var run = CliRunner.Run("export", "--db", db, "--format", "csv", "--out", output);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(run.Error.Split('\n'), l => l.StartsWith("environment: ", StringComparison.Ordinal));
        Assert.Contains("disk is full", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(disk.Root));
    }

    [TmpfsFact]
    public void Export_OntoAFullDisk_WithJson_SaysTheExitCodeInTheProblemsRecord()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("store.duckdb");
        Assert.Equal(0, CliRunner.Run("ingest", Fixture.Path(Fixture.Gdelt2Days[0]), "--db", db).ExitCode);
        using var disk = new Tmpfs(1);

        var run = CliRunner.Run("export", "--db", db, "--format", "csv", "--out", disk.File("events.csv"), "--json");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("\"exit_code\": 4", run.Out, StringComparison.Ordinal);
    }
}
