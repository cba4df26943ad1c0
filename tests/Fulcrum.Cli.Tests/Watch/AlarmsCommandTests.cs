using System.Text.Json;

namespace Fulcrum.Cli.Tests.Watch;

public class AlarmsCommandTests
{
    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static string TempCsv(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-alarms-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Alarms_BuiltInDyadJson_GivesEveryFieldOfEachAlarm()
    {
        var root = Json(CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--json"));
        Assert.Equal("cusum", root.GetProperty("method").GetString());
        var first = root.GetProperty("alarms")[0];
        Assert.Equal("RUS-UKR", first.GetProperty("series").GetString());
        Assert.Equal("2021-11-13", first.GetProperty("date").GetString());
        Assert.Equal("2021-11-11", first.GetProperty("onset").GetString());
        Assert.Equal("down", first.GetProperty("direction").GetString());
        Assert.Equal("worsening", first.GetProperty("meaning").GetString());
        Assert.True(first.GetProperty("statistic").GetDouble() > first.GetProperty("threshold").GetDouble());
        Assert.Equal(5, first.GetProperty("threshold").GetDouble());
        Assert.True(first.GetProperty("baseline_sd").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("baseline_mean").ValueKind);
        Assert.Equal("2021-11-10", first.GetProperty("baseline_end").GetString());
        Assert.Equal(3, first.GetProperty("evidence").GetProperty("points").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("evidence").GetProperty("events").ValueKind);
    }

    [Fact]
    public void Alarms_PairNamedTheOtherWayRound_IsFound()
    {
        var a = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "UKR-RUS", "--json");
        var b = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--json");
        Assert.Equal(b.Out, a.Out);
    }

    [Fact]
    public void Alarms_Bocpd_FindsTheIsraelRussiaTurnAfterSochi()
    {
        var alarms = Json(CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "ISR-RUS", "--method", "bocpd", "--json")).GetProperty("alarms");
        Assert.Equal("2021-10-29", alarms[0].GetProperty("date").GetString());
        Assert.Equal("up", alarms[0].GetProperty("direction").GetString());
        Assert.Equal(0.5, alarms[0].GetProperty("threshold").GetDouble());
    }

    [Fact]
    public void Alarms_FromAndTo_CutTheAlarmsAndTheData()
    {
        var from = Json(CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--from", "2021-12-01", "--json")).GetProperty("alarms");
        Assert.Equal(["2021-12-01", "2021-12-04", "2021-12-26"], from.EnumerateArray().Select(a => a.GetProperty("date").GetString()));
        var to = Json(CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--to", "2021-11-30", "--json")).GetProperty("alarms");
        Assert.Equal(["2021-11-13", "2021-11-18"], to.EnumerateArray().Select(a => a.GetProperty("date").GetString()));
    }

    [Fact]
    public void Alarms_UnVoteSeries_SeesTheSovietBreakUp()
    {
        var alarm = Json(CliRunner.Run("alarms", "--series", "unvotes:RUS-UKR:agree", "--json")).GetProperty("alarms")[0];
        Assert.Equal("1993-01-01", alarm.GetProperty("date").GetString());
        Assert.Equal("1991-01-01", alarm.GetProperty("onset").GetString());
        Assert.Equal("worsening", alarm.GetProperty("meaning").GetString());
    }

    [Fact]
    public void Alarms_Table_ReadsAsWorseningOrImproving()
    {
        var run = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("down (worsening)", run.Out, StringComparison.Ordinal);
        Assert.Contains("2021-11-13", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_ExternalFileWithGap_IsBadInputNamingFileAndLine()
    {
        var path = TempCsv("date,series,value\n" + string.Concat(Enumerable.Range(1, 20).Select(d => $"2021-10-{d:00},A,{d}\n")) + "2021-10-25,A,3\n");
        try
        {
            var run = CliRunner.Run("alarms", "--series", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{path}:22:1: series 'A' misses 4 days", run.Error, StringComparison.Ordinal);
            Assert.Contains("--gaps zero", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            var zero = CliRunner.Run("alarms", "--series", path, "--gaps", "zero", "--baseline", "10");
            Assert.Equal(0, zero.ExitCode);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Alarms_ExternalFileWithTextValue_IsBadInputWithLineAndColumn()
    {
        var path = TempCsv("date,RUS-UKR\n2021-10-01,-3\n2021-10-02,n/a\n");
        try
        {
            var run = CliRunner.Run("alarms", "--series", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{path}:3:2: value 'n/a' of series 'RUS-UKR' is not a number", run.Error, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Alarms_SeriesTooShortForAnyDetector_IsBadInputSayingWhy()
    {
        var run = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--by", "week");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has 13 points; the CUSUM needs 14", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_ByWeek_DatesAnAlarmByItsWeeksRange()
    {
        // 30 quiet weeks (Mondays from 2021-01-04), then a jump: the CUSUM alarms in a week it names Monday..Sunday.
        var start = new DateOnly(2021, 1, 4);
        var rows = Enumerable.Range(0, 40).Select(w => $"{start.AddDays(7 * w):yyyy-MM-dd},x,{(w < 30 ? 10 + w % 3 : 40)}");
        var path = TempCsv("date,series,value\n" + string.Join("\n", rows) + "\n");
        try
        {
            var run = CliRunner.Run("alarms", "--series", path);
            var json = Json(CliRunner.Run("alarms", "--series", path, "--json"));

            Assert.Equal(0, run.ExitCode);
            var alarm = json.GetProperty("alarms")[0];
            var monday = DateOnly.Parse(alarm.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(monday.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), alarm.GetProperty("date_end").GetString());
            Assert.Contains($"{monday:yyyy-MM-dd}..{monday.AddDays(6):yyyy-MM-dd}", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Alarms_PoissonCusumOnScores_IsBadInputSayingTheyAreNotCounts()
    {
        var run = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--method", "poisson-cusum");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("poisson-cusum refuses series 'RUS-UKR': it is not a count", run.Error, StringComparison.Ordinal);
        Assert.Contains("for scores, shares or z-scores use cusum (the default)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("give a longer series", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("there is no series 'RUS-XYZ'", "--series", "builtin:gdelt-dyads", "--name", "RUS-XYZ")]
    [InlineData("--k is a setting of cusum, not of bocpd", "--series", "builtin:gdelt-dyads", "--method", "bocpd", "--k", "1")]
    [InlineData("the threshold h is 0", "--series", "builtin:gdelt-dyads", "--h", "0")]
    [InlineData("no series given")]
    [InlineData("is not a built-in series", "--series", "builtin:nothing")]
    [InlineData("'xx' is not a UN-vote measure", "--series", "unvotes:ISR-RUS:xx")]
    [InlineData("no such file", "--series", "/no/such/series.csv")]
    public void Alarms_BadInput_ExitsTwoWithAMessage(string message, params string[] args)
    {
        var run = CliRunner.Run(["alarms", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "ewma")]
    [InlineData("--by", "month")]
    [InlineData("--from", "yesterday")]
    public void Alarms_BadOptionValue_IsAUsageError(params string[] args)
    {
        var run = CliRunner.Run(["alarms", "--series", "builtin:gdelt-dyads", .. args]);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Alarms_BadInputWithJson_IsAJsonProblemList()
    {
        var run = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-XYZ", "--json");
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.False(doc.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public void Help_Alarms_DescribesTheSourcesAndMethods()
    {
        var run = CliRunner.Run("alarms", "--help");
        foreach (var text in new[] { "--series", "builtin:gdelt-dyads", "unvotes:A-B", "--method", "poisson-cusum", "bocpd", "--by", "--from", "--to", "--gaps" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
    }
}
