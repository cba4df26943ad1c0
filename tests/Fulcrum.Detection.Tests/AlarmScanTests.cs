using System.Globalization;
using Fulcrum.Core.Evidence;
using Fulcrum.Core.Time;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests;

public class AlarmScanTests
{
    private static readonly Series Stepped = Simulation.Normal(21, 200, shift: 3, change: 100);

    [Fact]
    public void Run_From_KeepsLaterAlarmsButUsesEarlierPointsAsBaseline()
    {
        var all = AlarmScan.Run([Stepped], new GaussianCusum()).Alarms;
        var from = Stepped.Dates[100];
        var later = AlarmScan.Run([Stepped], new GaussianCusum(), new AlarmScanOptions { From = from }).Alarms;
        Assert.Equal(all.Where(a => a.Date >= from).Select(a => a.Date), later.Select(a => a.Date));
    }

    [Fact]
    public void Run_To_SeesOnlyTheDataUpToThatDay()
    {
        var to = Stepped.Dates[99];
        var report = AlarmScan.Run([Stepped], new GaussianCusum(), new AlarmScanOptions { To = to });
        Assert.All(report.Alarms, a => Assert.True(a.Date <= to));
        Assert.Equal(100, report.Runs.Single().Series.Count);
    }

    [Fact]
    public void Run_ShortSeries_IsSkippedWithTheReason()
    {
        var report = AlarmScan.Run([Stepped, Simulation.Normal(1, 5, 0) is var s ? new Series("short", Period.Day, s.Dates, s.Values, "t") : null!], new GaussianCusum());
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("short", skipped.Series);
        Assert.Contains("has 5 points", skipped.Reason, StringComparison.Ordinal);
        Assert.Single(report.Runs);
    }

    [Fact]
    public async Task RunAsync_WithAnEvidenceSource_AttachesItsEventsToEachAlarm()
    {
        // The extension point the event store fills: here a source that returns one event per alarm.
        var report = await AlarmScan.RunAsync([Stepped], new GaussianCusum(), null, new OneEventPerAlarm());
        Assert.NotEmpty(report.Alarms);
        Assert.All(report.Alarms, a => Assert.Equal(long.Parse($"{a.Date:yyyyMMdd}", CultureInfo.InvariantCulture), Assert.Single(a.Evidence.Events!).EventId));
    }

    [Fact]
    public async Task RunAsync_WithAnEvidenceSource_AsksOnceASeriesForAllItsAlarms()
    {
        var source = new OneEventPerAlarm();
        var again = new Series("again", Period.Day, Stepped.Dates, Stepped.Values, "t");
        var report = await AlarmScan.RunAsync([Stepped, again], new GaussianCusum(), null, source);
        Assert.True(report.Alarms.Count > 2);
        Assert.Equal([report.Alarms.Count / 2, report.Alarms.Count / 2], source.BatchSizes);
    }

    private sealed class OneEventPerAlarm : IEvidenceSource
    {
        public List<int> BatchSizes { get; } = [];

        public Task<IReadOnlyList<IReadOnlyList<EvidenceEvent>>> EventsBehindAsync(Series series, IReadOnlyList<Alarm> alarms, int limit, CancellationToken cancellationToken = default)
        {
            BatchSizes.Add(alarms.Count);
            return Task.FromResult<IReadOnlyList<IReadOnlyList<EvidenceEvent>>>([.. alarms.Select(a => (IReadOnlyList<EvidenceEvent>)[Event(a)])]);
        }

        private static EvidenceEvent Event(Alarm alarm) => new("gdelt2", long.Parse($"{alarm.Date:yyyyMMdd}", CultureInfo.InvariantCulture), alarm.Date,
            "RUS", "Russia", "RUS", "UKR", "Ukraine", "UKR", "190", 4, -10, 3, -5, "https://example.org/article");
    }
}
