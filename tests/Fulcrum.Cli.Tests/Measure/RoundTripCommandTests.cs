using Fulcrum.Core.Time;
using Fulcrum.Detection.Reading;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

/// <summary>What one command writes, another reads as it is.</summary>
public class RoundTripCommandTests
{
    [Fact]
    public void DyadCsv_IsReadAsItIsByTheSeriesReaderOfAlarms()
    {
        using var cli = new MeasureCli();
        cli.IngestFixtures([.. Fixture.Gdelt2Days]);
        var csv = cli.Temp.File("isr-usa.csv");
        var dyad = cli.Run("dyad", "ISR", "USA", "--by", "day", "--csv");
        File.WriteAllText(csv, dyad.Out);

        // alarms --series FILE reads files with this reader (Fulcrum.Watch SeriesSources).
        var read = SeriesCsv.ReadFile(csv);

        Assert.True(read.Ok, string.Join("; ", read.Problems));
        var set = read.Value!;
        Assert.Equal(Period.Day, set.Period);
        Assert.Equal(["n1", "n2", "n3", "n4", "events", "goldstein_sum", "goldstein_pos", "goldstein_neg", "goldstein_mean", "netcoop", "tone"],
            set.Series.Select(s => s.Name));
        var events = set.Series.Single(s => s.Name == "events");
        Assert.Equal(3, events.Count);
        // 13 Nov 2020, ISR-USA both ways: 41 + 13 + 5 + 3 events (DyadCommandTests).
        Assert.Equal(62, events.Values[0]);
    }
}
