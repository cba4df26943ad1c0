using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Signposts.Internal;

namespace Fulcrum.Watch.Tests.Signposts;

public class AlarmTimelineTests
{
    [Property(MaxTest = 300)]
    public Property Since_IsWhereTheCurrentStateBegan()
    {
        var alarm = Gen.Zip(Gen.Choose(0, 199), Gen.Elements(Direction.Up, Direction.Down));
        var alarms = Gen.ListOf(alarm).Select(list => list.DistinctBy(a => a.Item1).OrderBy(a => a.Item1).ToList());
        var settings = Gen.Zip(Gen.Zip(Gen.Choose(1, 40), Gen.Choose(0, 240)), Gen.Choose(0, 2))
            .Select(t => (Window: t.Item1.Item1, Day: t.Item1.Item2, Wanted: t.Item2 switch { 0 => Direction.Up, 1 => Direction.Down, _ => (Direction?)null }));
        return Prop.ForAll(Arb.From(alarms), Arb.From(settings), (list, s) =>
        {
            var (window, day, wanted) = (s.Window, s.Day, s.Wanted);
            var timeline = new AlarmTimeline([.. list.Select(a => Alarm(a.Item1, a.Item2))], wanted, window, Period.Day);
            var now = Make.Start.AddDays(day);
            var state = timeline.At(now).Fired;
            var since = timeline.Since(now, Make.Start);
            var constant = Enumerable.Range(since.DayNumber, now.DayNumber - since.DayNumber + 1)
                .All(d => timeline.At(DateOnly.FromDayNumber(d)).Fired == state);
            var changed = since == Make.Start || timeline.At(since.AddDays(-1)).Fired != state;
            return constant && changed && since <= now;
        });
    }

    [Fact]
    public void At_WindowCountsTheAsOfPeriodItself()
    {
        var timeline = new AlarmTimeline([Alarm(10, Direction.Down)], Direction.Down, 28, Period.Day);
        Assert.True(timeline.At(Make.Start.AddDays(10 + 27)).Fired);
        Assert.False(timeline.At(Make.Start.AddDays(10 + 28)).Fired);
    }

    [Fact]
    public void At_WeeklySeries_CountsWeeks()
    {
        var monday = new DateOnly(2021, 11, 1);
        var timeline = new AlarmTimeline([Alarm(monday, Direction.Down)], Direction.Down, 13, Period.Week);
        Assert.True(timeline.At(Period.Week.Start(monday.AddDays((12 * 7) + 6))).Fired);
        Assert.False(timeline.At(Period.Week.Start(monday.AddDays(13 * 7))).Fired);
    }

    private static Alarm Alarm(int day, Direction direction) => Alarm(Make.Start.AddDays(day), direction);

    private static Alarm Alarm(DateOnly date, Direction direction) =>
        new("A", date, date, "cusum", direction, Meaning.Unknown, 6, 5, 0, 1, null, null, new AlarmEvidence([]));
}
