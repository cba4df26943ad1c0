using Fulcrum.Core.Evidence;
using Fulcrum.Detection;
using Fulcrum.Detection.Cusum;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Watch.Tests.Signposts;

public class ChangeEvaluationTests
{
    /// <summary>120 days of N(0, 1) noise, 3 sd lower from day 80.</summary>
    private static readonly Series Stepped = Make.Daily(Make.Step(120, 80, -3));

    private static readonly SignpostData Data = SignpostData.Of("test.csv A", Stepped);

    private static readonly IReadOnlyList<Alarm> Alarms = new GaussianCusum().Detect(Stepped).Alarms;

    [Fact]
    public void Fixture_TheCusumFindsTheStepDownAndNothingBefore()
    {
        Assert.All(Alarms, a => Assert.True(a.Date >= Make.Start.AddDays(80), $"false alarm {a.Date}"));
        Assert.Contains(Alarms, a => a.Direction == Direction.Down);
        Assert.DoesNotContain(Alarms, a => a.Direction == Direction.Up);
    }

    [Fact]
    public void Evaluate_OnTheFirstAlarmDown_IsFiredSinceThatDay()
    {
        var first = Alarms.First(a => a.Direction == Direction.Down);
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), Data, first.Date);
        Assert.Equal((SignpostState.Fired, (DateOnly?)first.Date, (double?)first.Statistic, (double?)5.0), (r.State, r.Since, r.Statistic, r.Threshold));
        Assert.Equal((first.Date, first.Onset, first.Statistic), (r.Evidence.Alarm!.Date, r.Evidence.Alarm.Onset, r.Evidence.Alarm.Statistic));
        Assert.Equal("cusum down, clears on an alarm up", r.Rule);
        Assert.Equal(SignpostState.Quiet, SignpostEvaluator.Evaluate(Make.Change("c"), Data, first.Date.AddDays(-1)).State);
    }

    [Fact]
    public void Evaluate_TwentyEightDaysAfterTheLastAlarm_StillCountsByDefault()
    {
        var first = Alarms.First(a => a.Direction == Direction.Down);
        var (data, lastLong) = Lengthened();
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), data, lastLong.Date.AddDays(28));
        Assert.Equal((SignpostState.Fired, (DateOnly?)first.Date), (r.State, r.Since));
        Assert.Equal("it still counts: no alarm up since", r.StillCounts);
        Assert.EndsWith("; it still counts: no alarm up since", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClearsAfter28Days_TheSignpostLapses()
    {
        var first = Alarms.First(a => a.Direction == Direction.Down);
        var (data, lastLong) = Lengthened();
        var rule = Make.Change("c") with { Rule = new ChangeRule("cusum", "down") { Clears = Clearing.After(28) } };
        var stillFired = SignpostEvaluator.Evaluate(rule, data, lastLong.Date.AddDays(27));
        Assert.Equal((SignpostState.Fired, (DateOnly?)first.Date), (stillFired.State, stillFired.Since));
        Assert.StartsWith($"it still counts until {lastLong.Date.AddDays(28):yyyy-MM-dd}", stillFired.StillCounts, StringComparison.Ordinal);
        var lapsed = SignpostEvaluator.Evaluate(rule, data, lastLong.Date.AddDays(28));
        Assert.Equal((SignpostState.Quiet, (DateOnly?)lastLong.Date.AddDays(28)), (lapsed.State, lapsed.Since));
        Assert.Contains("it clears 28 days after its latest alarm", lapsed.Reason, StringComparison.Ordinal);
        Assert.Equal("cusum down, clears 28 days after its latest alarm or on an alarm up", lapsed.Rule);
    }

    /// <summary>The stepped series held at its new level 40 days longer, and its last alarm down.</summary>
    private static (SignpostData Data, Alarm LastDown) Lengthened()
    {
        var series = Make.Daily(Make.Step(120, 80, -3).Concat(Enumerable.Repeat(-3.0, 40)));
        var lastLong = new GaussianCusum().Detect(series).Alarms.Last(a => a.Direction == Direction.Down);
        Assert.True(lastLong.Date >= Alarms.Last(a => a.Direction == Direction.Down).Date);
        return (SignpostData.Of("test.csv A", series), lastLong);
    }

    [Fact]
    public void Evaluate_RuleUp_IsQuietAndNamesTheAlarmDown()
    {
        var first = Alarms.First(a => a.Direction == Direction.Down);
        var r = SignpostEvaluator.Evaluate(Make.Change("c", direction: "up"), Data, first.Date);
        Assert.Equal(SignpostState.Quiet, r.State);
        Assert.Contains($"; the latest alarm, on {first.Date:yyyy-MM-dd}, is down", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RuleBoth_FiresOnAnAlarmEitherWay()
    {
        var first = Alarms.First();
        Assert.Equal(SignpostState.Fired, SignpostEvaluator.Evaluate(Make.Change("c", direction: "both"), Data, first.Date).State);
    }

    [Fact]
    public void Evaluate_AnAlarmTheOtherWayAfterIt_TurnsTheSignpostQuiet()
    {
        // 4 sd down for 8 days, then 3 sd above the old level: the CUSUM alarms down, then up.
        var values = Make.Step(100, 50, 0).Select((v, i) => i switch { >= 50 and < 58 => v - 4, >= 58 => v + 3, _ => v }).ToArray();
        var series = Make.Daily(values);
        var alarms = new GaussianCusum().Detect(series).Alarms;
        var down = alarms.First(a => a.Direction == Direction.Down);
        var up = alarms.First(a => a.Direction == Direction.Up && a.Date > down.Date);
        Assert.True(up.Date.DayNumber - down.Date.DayNumber < 28);
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), SignpostData.Of("t", series), up.Date);
        Assert.Equal((SignpostState.Quiet, (DateOnly?)up.Date), (r.State, r.Since));
        Assert.Contains("the move has turned back", r.Reason, StringComparison.Ordinal);
        Assert.Equal(SignpostState.Fired, SignpostEvaluator.Evaluate(Make.Change("c"), SignpostData.Of("t", series), up.Date.AddDays(-1)).State);
    }

    [Fact]
    public void Evaluate_DataAfterAsOf_IsIgnored()
    {
        var asOf = Make.Start.AddDays(79);
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), Data, asOf);
        var cut = SignpostEvaluator.Evaluate(Make.Change("c"), SignpostData.Of("test.csv A", Stepped.Until(asOf)), asOf);
        Assert.Equal((SignpostState.Quiet, (DateOnly?)asOf), (r.State, r.DataThrough));
        Assert.Equal((cut.State, cut.Since, cut.Statistic, cut.Reason), (r.State, r.Since, r.Statistic, r.Reason));
    }

    [Fact]
    public void Evaluate_TooShortForTheBaseline_IsNoData()
    {
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), SignpostData.Of("t", Make.Daily(Make.Step(20, 0, 0))), Make.Start.AddDays(19));
        Assert.Equal(SignpostState.NoData, r.State);
        Assert.Contains("the CUSUM needs 29", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PoissonCusumOnScores_IsNoDataAndSaysWhy()
    {
        var r = SignpostEvaluator.Evaluate(Make.Change("c", method: "poisson-cusum"), Data, Make.Start.AddDays(119));
        Assert.Equal(SignpostState.NoData, r.State);
        Assert.Contains("is not a count", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Bocpd_FiresOnTheStep()
    {
        var r = SignpostEvaluator.Evaluate(Make.Change("c", method: "bocpd"), Data, Make.Start.AddDays(100));
        Assert.Equal(SignpostState.Fired, r.State);
        Assert.Equal("bocpd", r.Evidence.Alarm!.Method);
        Assert.InRange(r.Evidence.Alarm.Onset, Make.Start.AddDays(78), Make.Start.AddDays(82));
    }

    [Fact]
    public void Evaluate_NoAlarmEver_IsQuietSinceTestingBegan()
    {
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), Data, Make.Start.AddDays(60));
        Assert.Equal((SignpostState.Quiet, (DateOnly?)Make.Start.AddDays(28)), (r.State, r.Since));
        Assert.Equal("no alarm down since testing began on 2021-01-29", r.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_EventIndicatorFromTheStore_CarriesTheEventsBehindTheAlarm()
    {
        // The evaluator is pure; the board attaches the events behind the deciding alarm from the signpost's data.
        var indicator = new EventIndicator("ISR", "USA", false, [], "goldstein_sum", "day");
        var evidence = new StandInEvidence();
        var data = SignpostData.Of("store ISR-USA goldstein_sum by day", Stepped, evidence);
        var c = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow() with { Signposts = [Make.Change("c", indicator: indicator)] };
        var report = await SignpostBoard.EvaluateAsync(c, new Dictionary<string, SignpostData> { ["c"] = data }, Make.Start.AddDays(100));
        var r = Assert.Single(report.Readings);
        Assert.Equal(SignpostState.Fired, r.State);
        var e = Assert.Single(r.Evidence.Alarm!.Evidence.Events!);
        Assert.Equal(r.Evidence.Alarm.Onset, e.EventDate);
        Assert.Equal(1, evidence.Calls);
    }

    /// <summary>Stands in for the event store: one event on each alarm's onset.</summary>
    private sealed class StandInEvidence : IEvidenceSource
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<IReadOnlyList<EvidenceEvent>>> EventsBehindAsync(Series series, IReadOnlyList<Alarm> alarms, int limit, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult<IReadOnlyList<IReadOnlyList<EvidenceEvent>>>([.. alarms.Select(a => (IReadOnlyList<EvidenceEvent>)
                [new EvidenceEvent("gdelt2", 1, a.Onset, "ISR", "Israel", "ISR", "USA", "United States", "USA", "112", 3, -2, 5, -3, "https://example.org/a")])]);
        }
    }
}
