using System.Text.Json;
using Fulcrum.Events.Tests;
using Fulcrum.Watch.Tests;

namespace Fulcrum.Cli.Tests.Watch;

/// <summary>A store of <see cref="StoreData"/> (real rows, a step down in ISR-USA from day 50), built once for the class.</summary>
public sealed class WatchStore : IDisposable
{
    public WatchStore()
    {
        Db = Temp.File("store.duckdb");
        StoreData.Build(Db, StoreData.WriteExport(Temp));
    }

    public TempFolder Temp { get; } = Fixture.Temp();

    public string Db { get; }

    public void Dispose() => Temp.Dispose();
}

public class StoreWatchTests(WatchStore store) : IClassFixture<WatchStore>
{
    private const string EventSignpost = """
          - id: isr_usa_events
            name: The ISR-USA Goldstein sum in the store falls
            indicator: {kind: events, dyad: [ISR, USA], measure: goldstein_sum}
            rule: {kind: change, method: cusum, direction: down}
            effect:
              likelihood_ratios: {no_invasion: 0.8, limited_incursion: 1.1, full_invasion: 1.3}
            source: test
        """;

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Alarms_Dyad_FindsTheStepWithTheEventsBehindIt()
    {
        var root = Json(CliRunner.Run("alarms", "--dyad", "ISR", "USA", "--db", store.Db, "--json"));
        Assert.StartsWith("store ", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        var alarm = root.GetProperty("alarms").EnumerateArray().First(a => a.GetProperty("direction").GetString() == "down");
        Assert.Equal("ISR-USA goldstein_sum", alarm.GetProperty("series").GetString());
        var events = alarm.GetProperty("evidence").GetProperty("events");
        Assert.True(events.GetArrayLength() is > 0 and <= 20);
        var first = events[0];
        foreach (var field in new[] { "id", "date", "actor1", "actor2", "event_code", "goldstein", "source_url" })
            Assert.True(first.TryGetProperty(field, out _), $"events[] has no {field}");
        Assert.StartsWith("http", first.GetProperty("source_url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_DyadByWeek_NineFullWeeksAreTooFewForTheWeeklyBaseline()
    {
        var run = CliRunner.Run("alarms", "--dyad", "isr", "usa", "--measure", "n4", "--by", "week", "--db", store.Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("series 'ISR-USA n4' has 9 points; the CUSUM needs 14", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_DyadVerbose_ListsTheEvents()
    {
        var run = CliRunner.Run("alarms", "--dyad", "ISR", "USA", "--db", store.Db, "--verbose");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  event 3", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--series", "builtin:gdelt-dyads", "--series and --dyad both name the series")]
    [InlineData("--gaps", "zero", "those without events are zero")]
    public void Alarms_DyadWithASeriesOption_IsBadInput(string option, string value, string message)
    {
        var run = CliRunner.Run("alarms", "--dyad", "ISR", "USA", "--db", store.Db, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_DyadNotInTheStore_IsBadInput()
    {
        var run = CliRunner.Run("alarms", "--dyad", "CHN", "BRA", "--db", store.Db);
        Assert.Equal(2, run.ExitCode);
        // CHN BRA is the undirected dyad BRA-CHN, named in the one order dyad shows.
        Assert.Contains("the store holds no BRA-CHN events", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_MeasureWithoutDyad_IsBadInput()
    {
        var run = CliRunner.Run("alarms", "--series", "builtin:gdelt-dyads", "--name", "RUS-UKR", "--measure", "n4");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--measure is a setting of --dyad", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signposts_EventSignpostWithDb_FiresOnTheStore()
    {
        var path = WatchCases.Write(EventSignpost);
        try
        {
            var root = Json(CliRunner.Run("signposts", "--case", path, "--db", store.Db, "--as-of", "2021-11-09", "--json"));
            var s = root.GetProperty("signposts").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "isr_usa_events");
            Assert.Equal(("fired", "store ISR-USA goldstein_sum by day"), (s.GetProperty("state").GetString(), s.GetProperty("indicator").GetString()));
            Assert.True(s.GetProperty("evidence").GetProperty("alarm").GetProperty("evidence").GetProperty("events").GetArrayLength() > 0);
            Assert.Equal(["isr_usa_events"], root.GetProperty("moved_by").EnumerateArray().Select(e => e.GetString()));

            var without = Json(CliRunner.Run("signposts", "--case", path, "--json"));
            var missing = without.GetProperty("signposts").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "isr_usa_events");
            Assert.Equal("no_data", missing.GetProperty("state").GetString());
            Assert.Contains("the event store is not open", missing.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Examine_EventSignpostWithDb_SaysTheStoreWasRead()
    {
        var path = WatchCases.Write(EventSignpost);
        try
        {
            var root = Json(CliRunner.Run("examine", "--case", path, "--db", store.Db, "--draws", "1000", "--json"));
            var s = root.GetProperty("signposts").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "isr_usa_events");
            // As of the case's 5 January the store's data end on 9 November: older than the 28-day window.
            Assert.Equal("no_data", s.GetProperty("state").GetString());
            Assert.Contains("ends 2021-11-09", s.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Balance_StoreFastMeasure_ReadsTheStore()
    {
        var path = WatchCases.Write("", "fast: builtin:gdelt-dyads", "fast: store:goldstein_sum");
        try
        {
            var root = Json(CliRunner.Run("balance", "--case", path, "--db", store.Db, "--json"));
            var fast = root.GetProperty("fast");
            Assert.StartsWith("store goldstein_sum", fast.GetProperty("measure").GetString(), StringComparison.Ordinal);
            Assert.Equal(StoreData.Days, fast.GetProperty("rows").GetArrayLength());
            Assert.Contains(fast.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("the data end 2021-11-09", StringComparison.Ordinal));
        }
        finally { File.Delete(path); }
    }
}
