using System.Text.Json;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Loop;

public class ReplayCommandTests
{
    [Fact]
    public void Replay_WeeklyOverNovember_JournalsEachStepAndSaysWhenRusUkrFired()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");

        var run = CliRunner.Run("replay", "--from", "2021-11-01", "--to", "2021-11-29", "--every", "week", "--draws", "500", "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var steps = json.RootElement.GetProperty("steps");
        Assert.Equal(["2021-11-01", "2021-11-08", "2021-11-15", "2021-11-22", "2021-11-29"], steps.EnumerateArray().Select(s => s.GetProperty("as_of").GetString()));
        foreach (var field in new[] { "as_of", "probabilities", "recommendation", "fired", "changes" })
            Assert.True(steps[0].TryGetProperty(field, out _), field);
        var firstFired = steps.EnumerateArray().First(s => s.GetProperty("newly_fired").EnumerateArray().Any(f => f.GetString() == "rus_ukr_conflict"));
        Assert.Equal("2021-11-15", firstFired.GetProperty("as_of").GetString());
        Assert.Contains(firstFired.GetProperty("changes").EnumerateArray(), c => c.GetString()!.StartsWith("signpost rus_ukr_conflict fired on 2021-11-", StringComparison.Ordinal));
        Assert.Equal(5, json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(0, CliRunner.Run("journal", "verify", "--db", db).ExitCode);
    }

    [Fact]
    public void Replay_WithoutDb_WritesNothingAndSaysSo()
    {
        var run = CliRunner.Run("replay", "--from", "2021-11-01", "--to", "2021-11-02", "--draws", "500");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no journal written", run.Error, StringComparison.Ordinal);
        Assert.Contains("2021-11-02", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OutcomeGiven_UsesProbabilityOneFromItsDateAndRecordsIt()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");

        var run = CliRunner.Run("replay", "--from", "2021-11-28", "--to", "2021-12-01", "--draws", "500", "--outcome", "full_invasion=2021-11-30", "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var p = json.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("probabilities").GetProperty("full_invasion").GetDouble()).ToList();
        Assert.True(p[0] < 1 && p[1] < 1);
        Assert.Equal([1.0, 1.0], p[2..]);
        var score = CliRunner.Run("journal", "score", "--db", db, "--json");
        Assert.Equal(0, score.ExitCode);
    }

    [Fact]
    public void Replay_FromAfterTo_IsExitCode2()
    {
        var run = CliRunner.Run("replay", "--from", "2021-12-01", "--to", "2021-11-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Error, StringComparison.Ordinal);
    }
}
