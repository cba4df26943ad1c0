using System.Text.Json;

namespace Fulcrum.Cli.Tests.Watch;

/// <summary>
/// Missing is not zero, at the command line: a series file that cannot be read is exit code 2
/// naming it (never the priors with exit 0), and data that stop before as_of are "no data since"
/// in the signposts table, their --json and the balance sheet.
/// </summary>
public sealed class NoDataCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"fulcrum-nodata-{Guid.NewGuid():N}")).FullName;

    /// <summary>The shipped scores of RUS-UKR, ISR-USA and ISR-RUS up to 30 November 2021, every day present (a missing pair-day is zero).</summary>
    private string EarlyFile()
    {
        var rows = new List<string> { "date,series,value" };
        foreach (var s in Fulcrum.Watch.Sources.SeriesSources.Open("builtin:gdelt-dyads").Value!.Series.Where(s => s.Name is "RUS-UKR" or "ISR-USA" or "ISR-RUS"))
            for (var i = 0; i < s.Count && s.Dates[i] <= new DateOnly(2021, 11, 30); i++)
                rows.Add(FormattableString.Invariant($"{s.Dates[i]:yyyy-MM-dd},{s.Name},{s.Values[i]:R}"));
        var path = Path.Combine(_folder, "early.csv");
        File.WriteAllLines(path, rows);
        return path;
    }

    [Theory]
    [InlineData("examine")]
    [InlineData("signposts")]
    [InlineData("balance")]
    public void Command_BoundFileUnreadable_IsExitCode2NamingIt(string command)
    {
        var bad = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(bad, "date,series,value\n2021-10-01,RUS-UKR,lots\n");

        var run = CliRunner.Run([command, "--source", $"builtin:gdelt-dyads={bad}", .. command == "examine" ? new[] { "--draws", "200" } : []]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}:2", run.Error, StringComparison.Ordinal);
        Assert.Contains("value 'lots' of series 'RUS-UKR' is not a number", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Signposts_DataStopBeforeAsOf_SayNoDataSinceInTheTableAndTheJson()
    {
        var early = EarlyFile();
        var run = CliRunner.Run("signposts", "--source", $"builtin:gdelt-dyads={early}");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("no data since 2021-12-01", run.Out, StringComparison.Ordinal);

        var json = CliRunner.Run("signposts", "--source", $"builtin:gdelt-dyads={early}", "--json");
        var rus = JsonDocument.Parse(json.Out).RootElement.GetProperty("signposts").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "rus_ukr_conflict");
        Assert.Equal(("no_data", "2021-12-01"), (rus.GetProperty("state").GetString(), rus.GetProperty("no_data_since").GetString()));
    }

    [Fact]
    public void Balance_DataStopBeforeAsOf_SaysNoDataSinceInTheViewAndTheJson()
    {
        var early = EarlyFile();
        var run = CliRunner.Run("balance", "--source", $"builtin:gdelt-dyads={early}");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("(no data since 2021-12-01)", run.Out, StringComparison.Ordinal);

        var json = CliRunner.Run("balance", "--source", $"builtin:gdelt-dyads={early}", "--json");
        var series = JsonDocument.Parse(json.Out).RootElement.GetProperty("fast").GetProperty("series").EnumerateArray().ToList();
        Assert.All(series, s => Assert.Equal("2021-12-01", s.GetProperty("no_data_since").GetString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
