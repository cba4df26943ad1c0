using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>The SMP run reports each turn once, in order, on the calling thread, with KTAB's stop statistic.</summary>
public class SmpProgressTests
{
    [Fact]
    public void Run_KtabScalingInput_OneReportPerTurnInOrderOnCallingThread()
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture("dummyData-a080.csv")).ValueOrThrow();
        var progress = new RecordingProgress();
        var run = new SmpModel().RunDetailed(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed, Progress: progress));
        var turns = run.Trajectory.TurnCount;
        Assert.Equal(Enumerable.Range(1, turns), progress.Reports.Select(r => r.Turn));
        Assert.All(progress.Threads, t => Assert.Equal(Environment.CurrentManagedThreadId, t));
        Assert.Equal(run.FractionalChanges, progress.Reports.Select(r => r.Change!.Value));
        Assert.All(progress.Reports, r => Assert.Equal(("smp", 100, 80, 0.02), (r.Model, r.MaxTurns, r.ActorCount, r.StopBelow!.Value)));
        Assert.Equal([.. Enumerable.Repeat(false, turns - 1), true], progress.Reports.Select(r => r.Stopped));
    }

    [Fact]
    public void Run_TurnLimit_LastReportIsTheLimitAndStopped()
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture("SOE-Pol-Comp.csv")).ValueOrThrow();
        var progress = new RecordingProgress();
        new SmpModel().Run(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed, MaxTurns: 4, Progress: progress));
        Assert.Equal([1, 2, 3, 4], progress.Reports.Select(r => r.Turn));
        Assert.All(progress.Reports, r => Assert.Equal(4, r.MaxTurns));
        Assert.Equal([false, false, false, true], progress.Reports.Select(r => r.Stopped));
    }
}
