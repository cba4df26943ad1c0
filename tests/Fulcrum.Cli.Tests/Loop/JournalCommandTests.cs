using System.Text.Json;
using DuckDB.NET.Data;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Loop;

public class JournalCommandTests
{
    private static CliRun Examine(string db, string asOf) => CliRunner.Run("examine", "--draws", "500", "--as-of", asOf, "--journal", "--db", db);

    [Fact]
    public void Journal_AfterTwoExaminations_ListsBothWithTheDocumentedJsonShape()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Assert.Equal(0, Examine(db, "2021-11-01").ExitCode);
        var second = Examine(db, "2021-11-25");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("journal: entry 2", second.Error, StringComparison.Ordinal);

        var run = CliRunner.Run("journal", "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var entries = json.RootElement.GetProperty("entries");
        Assert.Equal(2, entries.GetArrayLength());
        var e = entries[1];
        foreach (var field in new[] { "id", "time", "as_of", "case_id", "case_sha256", "probabilities", "recommendation", "summary" })
            Assert.True(e.TryGetProperty(field, out _), field);
        Assert.Equal("2021-11-25", e.GetProperty("as_of").GetString());
        Assert.Contains("signpost rus_ukr_conflict fired", e.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.3587, e.GetProperty("probabilities").GetProperty("full_invasion").GetDouble(), 3);
    }

    [Fact]
    public void JournalShowAndDiff_SayWhatChanged()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Examine(db, "2021-11-01");
        Examine(db, "2021-11-25");

        var show = CliRunner.Run("journal", "show", "2", "--db", db);
        var diff = CliRunner.Run("journal", "diff", "1", "2", "--db", db);

        Assert.Equal(0, show.ExitCode);
        Assert.Contains("recommendation: ", show.Out, StringComparison.Ordinal);
        Assert.Contains("P(full_invasion) 0.20 → 0.36", diff.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void JournalVerify_EntryEditedInTheDatabaseFile_IsReportedWithExitCode2()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Examine(db, "2021-11-01");
        Examine(db, "2021-11-25");
        Assert.Equal(0, CliRunner.Run("journal", "verify", "--db", db).ExitCode);

        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE journal SET body = replace(body, '\"recommendation\":\"', '\"recommendation\":\"x') WHERE journal_id = 1";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var run = CliRunner.Run("journal", "verify", "--db", db, "--json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("first_bad").GetInt64());
    }

    [Fact]
    public void JournalVerify_KindEditedToAnUnknownOne_IsReportedNotACrash()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Examine(db, "2021-11-01");
        Examine(db, "2021-11-25");
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE journal SET kind = 'Forecast' WHERE journal_id = 2";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var run = CliRunner.Run("journal", "verify", "--db", db, "--json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("first_bad").GetInt64());
        Assert.Contains("has the kind 'Forecast'", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomeRecordThenScore_ScoresTheForecastsBeforeTheOutcome()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Examine(db, "2021-11-01");
        Examine(db, "2021-11-25");
        Assert.Equal(0, CliRunner.Run("outcome", "record", "full_invasion", "--date", "2021-12-01", "--note", "test", "--db", db).ExitCode);

        var after = CliRunner.Run("examine", "--draws", "500", "--as-of", "2021-12-02", "--db", db);
        var score = CliRunner.Run("journal", "score", "--db", db, "--json");

        Assert.Contains("outcome recorded: full_invasion happened on 2021-12-01", after.Out, StringComparison.Ordinal);
        Assert.Equal(0, score.ExitCode);
        using var json = JsonDocument.Parse(score.Out);
        var forecasts = json.RootElement.GetProperty("forecasts");
        Assert.Equal(2, forecasts.GetArrayLength());
        Assert.Equal(0.965, forecasts[0].GetProperty("brier").GetDouble(), 9); // (0.45² + 0.35² + 0.8²) from the priors
        Assert.Equal(30, forecasts[0].GetProperty("horizon_days").GetInt32());
        Assert.Equal(10, json.RootElement.GetProperty("calibration").GetArrayLength());
    }

    [Fact]
    public void OutcomeRecord_UnknownScenario_IsExitCode2NamingTheArgument()
    {
        using var temp = Fixture.Temp();

        var run = CliRunner.Run("outcome", "record", "annexation", "--date", "2022-02-24", "--db", temp.File("j.duckdb"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no scenario 'annexation'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Journal_NoStore_IsExitCode2()
    {
        using var temp = Fixture.Temp();

        var run = CliRunner.Run("journal", "--db", temp.File("none.duckdb"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no event store", run.Error, StringComparison.Ordinal);
    }
}
