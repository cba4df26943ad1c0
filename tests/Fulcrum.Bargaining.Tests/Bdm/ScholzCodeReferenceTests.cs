using Fulcrum.Bargaining.Bdm;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>
/// The compatibility mode against the reference trajectory: jmckib's replication (which reports
/// reproducing Scholz's own code) run for 10 rounds on the Scholz, Calbert &amp; Smith (2011)
/// example, Fixtures/Bdm/scholz-example.jmckib-model.10rounds.txt.
/// </summary>
public class ScholzCodeReferenceTests
{
    private const double Tolerance = 1e-6;

    private static readonly IReadOnlyList<JmckibTurn> Reference =
        JmckibLog.Parse(Fixture.Text("scholz-example.jmckib-model.10rounds.txt"));

    private static BdmRun RunCompat(string fixture) =>
        new BdmModel(BdmOptions.ScholzCode).RunDetailed(Fixture.Bdm(fixture), new BargainRunSettings(0));

    [Fact]
    public void ReferenceLog_Parsed_HasTurnZeroAndTenRounds()
    {
        Assert.Equal(11, Reference.Count);
        Assert.Equal(7.0, Reference[0].Median);
        Assert.All(Reference.Skip(1), t => Assert.Equal(3, t.Moves.Count));
    }

    [Theory]
    [InlineData("jmckib-ExampleActors.csv")]
    [InlineData("ExampleActors.scholz2011.lf.csv")]
    [InlineData("dmasad-ExampleActors.cr.csv")]
    public void RunDetailed_ScholzExample_MedianAndMeanMatchEveryRound(string fixture)
    {
        var run = RunCompat(fixture);

        Assert.Equal(10, run.Trajectory.TurnCount);
        for (var t = 0; t < Reference.Count; t++)
        {
            Assert.Equal(Reference[t].Median, run.Trajectory.Turns[t].Median!.Value, Tolerance);
            Assert.Equal(Reference[t].Mean, run.Trajectory.Turns[t].Mean!.Value, Tolerance);
        }
        Assert.Equal(7.0, run.Trajectory.Forecast[0], Tolerance);
    }

    [Fact]
    public void RunDetailed_ScholzExample_SameMovesAsReference()
    {
        var run = RunCompat("jmckib-ExampleActors.csv");

        for (var t = 1; t < Reference.Count; t++)
        {
            var expected = Reference[t].Moves;
            var actual = run.Rounds[t - 1].Moves;
            Assert.Equal(expected.Count, actual.Count);
            for (var m = 0; m < expected.Count; m++)
            {
                Assert.Equal(expected[m].Actor, actual[m].Actor);
                Assert.Equal(expected[m].Proposer, actual[m].Proposer);
                Assert.Equal(expected[m].Kind, actual[m].Kind);
                Assert.Equal(expected[m].NewPosition, actual[m].To, Tolerance);
                Assert.Equal(expected[m].ActorEu, actual[m].ActorEu, Tolerance);
                Assert.Equal(expected[m].ProposerEu, actual[m].ProposerEu, Tolerance);
            }
        }
    }

    [Theory]
    [InlineData("minimalgeek-Iranian_Election.csv", "iranian-election.jmckib-model.10rounds.txt")]
    [InlineData("jmckib-Sultan.csv", "sultan.jmckib-model.10rounds.txt")]
    public void RunDetailed_OtherReplicationRuns_MatchTheirLogs(string input, string log)
    {
        var expected = JmckibLog.Parse(Fixture.Text(log));
        var run = RunCompat(input);

        Assert.Equal(expected.Count - 1, run.Trajectory.TurnCount);
        for (var t = 0; t < expected.Count; t++)
        {
            Assert.Equal(expected[t].Median, run.Trajectory.Turns[t].Median!.Value, Tolerance);
            Assert.Equal(expected[t].Mean, run.Trajectory.Turns[t].Mean!.Value, Tolerance);
            if (t == 0) continue;
            Assert.Equal(
                expected[t].Moves.Select(m => (m.Actor, m.Kind, m.Proposer)),
                run.Rounds[t - 1].Moves.Select(m => (m.Actor, m.Kind, m.Proposer)));
            Assert.Equal(expected[t].Moves.Select(m => m.NewPosition), run.Rounds[t - 1].Moves.Select(m => m.To), (a, b) => Math.Abs(a - b) < Tolerance);
        }
    }

    [Fact]
    public void Run_ScholzExample_PositionsFollowTheMoves()
    {
        var run = RunCompat("jmckib-ExampleActors.csv");
        var trajectory = run.Trajectory;

        for (var t = 1; t <= trajectory.TurnCount; t++)
        {
            var moved = run.Rounds[t - 1].Moves.ToDictionary(m => m.Actor, m => m.To);
            for (var a = 0; a < trajectory.Actors.Count; a++)
            {
                var expected = moved.TryGetValue(trajectory.Actors[a], out var to) ? to : trajectory.Turns[t - 1].Positions[a][0];
                Assert.Equal(expected, trajectory.Turns[t].Positions[a][0]);
            }
        }
    }

    [Fact]
    public void Run_ScholzExample_OnlyBelgiumLuxembourgAndIrelandMove()
    {
        var run = RunCompat("jmckib-ExampleActors.csv");

        var movers = run.Rounds.SelectMany(r => r.Moves).Select(m => m.Actor).Distinct().Order();
        Assert.Equal(["Belgium", "Ireland", "Luxembourg"], movers);
        Assert.DoesNotContain(run.Rounds.SelectMany(r => r.Moves), m => m.Kind == BdmOfferKind.Capitulation);
        Assert.Equal("round limit 10 reached", run.Trajectory.StopReason);
    }
}
