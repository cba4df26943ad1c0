using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// KTAB's own 2017 reference run of smpExample.xml (examples/smp/doc/20170530_ref-smpExample.txt,
/// excerpt in Fixtures/Ktab): PropCbc voting, MarkovIncentive PCE, stochastic transitions with
/// seed 03507583219545544127, and a non-identity ideal-accommodation matrix. KTAB filled the
/// bargain queues and drew its random numbers in whatever order its threads finished; its log
/// records both orders for each turn ("Bargains involving actor k" and "Doing scalarPCE … of
/// actor k" lines), and replaying them reproduces its run exactly.
/// </summary>
public class SmpStochasticReplayTests
{
    // Per turn 1..14: the initiators in the order their bargains reached the queues.
    private static readonly int[][] QueueOrder =
    [
        [4, 3, 2, 1, 0], [3, 2, 4, 0, 1], [1, 0, 2, 3, 4], [1, 3, 2, 4, 0], [2, 0, 4, 1, 3], [1, 2, 3, 4, 0], [0, 2, 1, 3, 4],
        [1, 4, 3, 0, 2], [0, 1, 2, 3, 4], [2, 0, 1, 4, 3], [1, 0, 4, 2, 3], [3, 2, 0, 1, 4], [0, 1, 2, 3, 4], [0, 3, 2, 1, 4],
    ];

    // Per turn 1..14: the actors in the order they drew their bargain.
    private static readonly int[][] DrawOrder =
    [
        [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [1, 0, 2, 3, 4], [1, 0, 2, 3, 4], [0, 1, 2, 3, 4],
        [0, 1, 2, 3, 4], [1, 4, 2, 3, 0], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [1, 0, 2, 3, 4], [0, 1, 2, 3, 4], [1, 0, 2, 3, 4],
    ];

    private static SmpRun Replay()
    {
        var scenario = KtabXmlReader.Read(KtabReference.Fixture("smpExample-fixed.xml")).ValueOrThrow();
        var model = new SmpModel(scenario.Parameters)
        {
            ReplayOrder = t => t <= QueueOrder.Length ? new TurnOrder(QueueOrder[t - 1], DrawOrder[t - 1]) : null,
        };
        return model.RunDetailed(scenario.Actors, new BargainRunSettings(scenario.Seed));
    }

    [Fact]
    public void Run_SmpExampleWithKtabThreadOrder_SameTurnsAndFractionalChanges()
    {
        var run = Replay();
        var reference = KtabReference.Load("20170530_ref-smpExample", ".excerpt.txt");
        Assert.Equal(14, reference.TurnCount);
        Assert.Equal(reference.TurnCount, run.Trajectory.TurnCount);
        for (var t = 0; t < reference.FractionalChanges.Count; t++)
        {
            Assert.Equal(reference.FractionalChanges[t], run.FractionalChanges[t], 1e-4);
        }
    }

    [Fact]
    public void Run_SmpExampleWithKtabThreadOrder_EveryWinProbabilityWithin1e4()
    {
        var run = Replay();
        var reference = KtabReference.Load("20170530_ref-smpExample", ".excerpt.txt");
        var t = run.Trajectory;
        for (var a = 0; a < t.Actors.Count; a++)
        {
            var expected = reference.ProbabilitiesByActor[t.Actors[a]];
            Assert.Equal(expected.Length, t.Turns.Count);
            for (var turn = 0; turn < expected.Length; turn++)
            {
                Assert.True(Math.Abs(t.Turns[turn].Probabilities![a] - expected[turn]) <= 1e-4, $"{t.Actors[a]} turn {turn}");
            }
        }
    }

    [Fact]
    public void Run_SmpExampleInActorOrder_DiffersFromKtabThreadOrderButIsReproducible()
    {
        var scenario = KtabXmlReader.Read(KtabReference.Fixture("smpExample-fixed.xml")).ValueOrThrow();
        var settings = new BargainRunSettings(scenario.Seed);
        var a = new SmpModel(scenario.Parameters).Run(scenario.Actors, settings);
        var b = new SmpModel(scenario.Parameters, maxDegreeOfParallelism: 1).Run(scenario.Actors, settings);
        Assert.Equal(a.TurnCount, b.TurnCount);
        Assert.Equal(a.Forecast, b.Forecast);
        Assert.NotEqual(Replay().Trajectory.TurnCount, a.TurnCount);
    }
}
