using Fulcrum.Bargaining.Bdm;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>The BDM run reports each round once, in order, on the calling thread, with the median's move.</summary>
public class BdmProgressTests
{
    [Fact]
    public void Run_ScholzExample_OneReportPerRoundInOrderWithMedianMove()
    {
        var table = Fixture.Bdm("jmckib-ExampleActors.csv");
        var progress = new RecordingProgress();
        var trajectory = new BdmModel().Run(table, new BargainRunSettings(0, Progress: progress));
        Assert.Equal(Enumerable.Range(1, trajectory.TurnCount), progress.Reports.Select(r => r.Turn));
        Assert.All(progress.Threads, t => Assert.Equal(Environment.CurrentManagedThreadId, t));
        var range = table.Actors.Max(a => a.Positions[0]) - table.Actors.Min(a => a.Positions[0]);
        for (var k = 0; k < progress.Reports.Count; k++)
        {
            var r = progress.Reports[k];
            Assert.Equal(("bdm", table.ActorCount, 1e-3), (r.Model, r.ActorCount, r.StopBelow!.Value));
            Assert.Equal(Math.Abs(trajectory.Turns[k + 1].Median!.Value - trajectory.Turns[k].Median!.Value) / range, r.Change!.Value, 12);
            Assert.Equal(k == progress.Reports.Count - 1, r.Stopped);
        }
    }

    [Fact]
    public void Run_ScholzCodeRoundLimit_ReportsEveryRoundAndNoStopStatistic()
    {
        var table = Fixture.Bdm("jmckib-Sultan.csv");
        var progress = new RecordingProgress();
        var model = new BdmModel(BdmOptions.ScholzCode); // the replication stops on the round limit only
        var trajectory = model.Run(table, new BargainRunSettings(0, MaxTurns: 10, Progress: progress));
        Assert.Equal(10, trajectory.TurnCount);
        Assert.Equal(Enumerable.Range(1, 10), progress.Reports.Select(r => r.Turn));
        Assert.All(progress.Reports, r => Assert.Equal((10, (double?)null, (double?)null), (r.MaxTurns, r.Change, r.StopBelow)));
        Assert.Equal([.. Enumerable.Repeat(false, 9), true], progress.Reports.Select(r => r.Stopped));
    }
}
