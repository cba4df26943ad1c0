using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts.Internal;

namespace Fulcrum.Watch.Tests.Signposts;

public class AlarmTimelineTests
{
    [Property(MaxTest = 300)]
    public Property At_SinceIsWhereTheCurrentStateBegan()
    {
        var alarm = Gen.Zip(Gen.Choose(0, 199), Gen.Elements(Direction.Up, Direction.Down));
        var alarms = Gen.ListOf(alarm).Select(list => list.DistinctBy(a => a.Item1).OrderBy(a => a.Item1).ToList());
        var clearing = Gen.Elements(Clearing.Opposite, Clearing.Never, Clearing.After(10), Clearing.After(45));
        var settings = Gen.Zip(Gen.Zip(Gen.Choose(1, 40), Gen.Choose(0, 240)), Gen.Zip(Gen.Choose(0, 2), clearing))
            .Select(t => (Window: t.Item1.Item1, Day: t.Item1.Item2, Wanted: t.Item2.Item1 switch { 0 => Direction.Up, 1 => Direction.Down, _ => (Direction?)null }, Clears: t.Item2.Item2));
        return Prop.ForAll(Arb.From(alarms), Arb.From(settings), (list, s) =>
        {
            var timeline = new AlarmTimeline([.. list.Select(a => Alarm(a.Item1, a.Item2))], s.Wanted, s.Clears, s.Window, Period.Day);
            var now = Make.Start.AddDays(s.Day);
            var state = timeline.At(now, Make.Start);
            var constant = Enumerable.Range(state.Since.DayNumber, now.DayNumber - state.Since.DayNumber + 1)
                .All(d => timeline.At(DateOnly.FromDayNumber(d), Make.Start).Fired == state.Fired);
            var changed = state.Since == Make.Start || timeline.At(state.Since.AddDays(-1), Make.Start).Fired != state.Fired;
            return constant && changed && state.Since <= now;
        });
    }

    [Fact]
    public void At_ByDefault_AFiredSignpostCountsLongAfterTheWindowUntilAnOppositeAlarm()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down), Alarm(200, Direction.Up)], Direction.Down, Clearing.Opposite, 28, Period.Day);
        var late = timeline.At(Make.Start.AddDays(199), Make.Start);
        Assert.Equal((true, Make.Start.AddDays(10)), (late.Fired, late.Since));
        var cleared = timeline.At(Make.Start.AddDays(200), Make.Start);
        Assert.Equal((false, Make.Start.AddDays(200), (DateOnly?)Make.Start.AddDays(200)), (cleared.Fired, cleared.Since, cleared.ClearedBy?.Date));
    }

    [Fact]
    public void At_ClearsAfter_LapsesThatManyDaysAfterTheLatestAlarm()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down), Alarm(30, Direction.Down)], Direction.Down, Clearing.After(90), 28, Period.Day);
        Assert.True(timeline.At(Make.Start.AddDays(30 + 89), Make.Start).Fired);
        var lapsed = timeline.At(Make.Start.AddDays(30 + 90), Make.Start);
        Assert.Equal((false, Make.Start.AddDays(120), (DateOnly?)Make.Start.AddDays(120)), (lapsed.Fired, lapsed.Since, lapsed.Expired));
    }

    [Fact]
    public void At_ClearsAfter_AnOppositeAlarmClearsItFirst()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down), Alarm(20, Direction.Up)], Direction.Down, Clearing.After(90), 28, Period.Day);
        Assert.False(timeline.At(Make.Start.AddDays(20), Make.Start).Fired);
    }

    [Fact]
    public void At_Never_AnOppositeAlarmDoesNotClearIt()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down), Alarm(20, Direction.Up)], Direction.Down, Clearing.Never, 28, Period.Day);
        var state = timeline.At(Make.Start.AddDays(2000), Make.Start);
        Assert.Equal((true, Make.Start.AddDays(10)), (state.Fired, state.Since));
    }

    [Fact]
    public void At_EitherDirectionByDefault_TheWindowCountsTheAsOfPeriodItself()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down)], null, Clearing.Opposite, 28, Period.Day);
        Assert.True(timeline.At(Make.Start.AddDays(10 + 27), Make.Start).Fired);
        Assert.False(timeline.At(Make.Start.AddDays(10 + 28), Make.Start).Fired);
    }

    [Fact]
    public void At_EitherDirectionWeeklySeries_CountsWeeks()
    {
        var monday = new DateOnly(2021, 11, 1);
        var timeline = new AlarmTimeline([Alarm(monday, Direction.Down)], null, Clearing.Opposite, 13, Period.Week);
        Assert.True(timeline.At(Period.Week.Start(monday.AddDays((12 * 7) + 6)), monday).Fired);
        Assert.False(timeline.At(Period.Week.Start(monday.AddDays(13 * 7)), monday).Fired);
    }

    private static Alarm Alarm(int day, Direction direction) => Alarm(Make.Start.AddDays(day), direction);

    private static Alarm Alarm(DateOnly date, Direction direction) =>
        new("A", date, date, "cusum", direction, Meaning.Unknown, 6, 5, 0, 1, null, null, new AlarmEvidence([]));
}
