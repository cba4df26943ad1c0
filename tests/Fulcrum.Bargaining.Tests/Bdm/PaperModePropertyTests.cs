using FsCheck.Xunit;
using Fulcrum.Bargaining.Bdm;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>Invariants of the paper's reading over generated tables (see <see cref="BdmArbitraries"/>).</summary>
public class PaperModePropertyTests
{
    private static readonly BdmModel Model = new();
    private static readonly BargainRunSettings Settings = new(0, 30);

    [Property(Arbitrary = [typeof(BdmArbitraries)], MaxTest = 300)]
    public void Run_RowsPermuted_SameTrajectoryForEveryActor(RandomTable random)
    {
        var original = Model.RunDetailed(random.Table, Settings);
        var permuted = Model.RunDetailed(random.Permuted(), Settings);

        Assert.Equal(original.Trajectory.StopReason, permuted.Trajectory.StopReason);
        Assert.Equal(original.Trajectory.Forecast, permuted.Trajectory.Forecast);
        for (var t = 0; t < original.Trajectory.Turns.Count; t++)
        {
            var a = original.Trajectory.Turns[t];
            var b = permuted.Trajectory.Turns[t];
            Assert.Equal(a.Median, b.Median);
            Assert.Equal(a.Mean, b.Mean);
            for (var row = 0; row < random.Permutation.Length; row++)
                Assert.Equal(a.Positions[random.Permutation[row]], b.Positions[row]);
        }
        Assert.Equal(Moves(original), Moves(permuted));
    }

    [Property(Arbitrary = [typeof(BdmArbitraries)], MaxTest = 300)]
    public void Run_ZeroSalienceActor_NeverProposesAMove(RandomTable random)
    {
        var mute = random.Table.Actors.Where(a => a.Saliences[0] == 0).Select(a => a.Name).ToHashSet();

        var run = Model.RunDetailed(random.Table, Settings);

        Assert.DoesNotContain(run.Rounds.SelectMany(r => r.Moves), m => mute.Contains(m.Proposer));
    }

    [Property(Arbitrary = [typeof(BdmArbitraries)], MaxTest = 200)]
    public void Run_AllActorsAtOnePosition_NobodyMoves(RandomTable random)
    {
        var table = random.Table with { Actors = [.. random.Table.Actors.Select(a => a with { Positions = [42.5] })] };

        var trajectory = Model.Run(table, Settings);

        Assert.Equal(0, trajectory.TurnCount);
        Assert.Equal([42.5], trajectory.Forecast);
        Assert.Equal(42.5, trajectory.Turns[0].Mean!.Value, 12);
        Assert.StartsWith("all actors hold the same position", trajectory.StopReason, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(BdmArbitraries)], MaxTest = 300)]
    public void Run_AnyTable_StaysInsideTheInputRangeWithRiskInItsBounds(RandomTable random)
    {
        var run = Model.RunDetailed(random.Table, Settings);
        var lo = random.Table.Actors.Min(a => a.Positions[0]);
        var hi = random.Table.Actors.Max(a => a.Positions[0]);

        foreach (var turn in run.Trajectory.Turns)
        {
            Assert.All(turn.Positions, p => Assert.InRange(p[0], lo, hi));
            Assert.Contains(turn.Positions, p => p[0] == turn.Median);
            Assert.InRange(turn.Mean!.Value, lo - 1e-9, hi + 1e-9);
        }
        Assert.All(run.Rounds.SelectMany(r => r.RiskExponents), r => Assert.InRange(r, 0.5 - 1e-12, 2.0 + 1e-12));
        Assert.All(run.Rounds.SelectMany(r => r.Moves), m => Assert.NotEqual(m.Actor, m.Proposer));
    }

    private static string[] Moves(BdmRun run) =>
        [.. run.Rounds.SelectMany(r => r.Moves.Select(m => $"{r.Turn} {m.Actor} {m.Kind} {m.Proposer} {m.To:R}")).Order(StringComparer.Ordinal)];
}
