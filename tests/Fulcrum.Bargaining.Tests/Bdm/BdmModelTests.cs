using Fulcrum.Bargaining.Bdm;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>The paper's reading on real data and on the documented edge cases: ties, cycles, stop rules, bad tables.</summary>
public class BdmModelTests
{
    private static readonly BargainRunSettings Settings = new(0);

    private static ActorTable Table(params (string Name, double C, double X, double S)[] rows) => new()
    {
        Scenario = "test",
        Dimensions = ["Position"],
        Actors = [.. rows.Select(r => new BargainingActor(r.Name, "", r.C, [r.X], [r.S]))],
    };

    [Fact]
    public void Run_ScholzExample_StopsOnAStableMedianAtSeven()
    {
        var trajectory = new BdmModel().Run(Fixture.Bdm("jmckib-ExampleActors.csv"), Settings);

        Assert.Equal("bdm", trajectory.Model);
        Assert.Equal(3, trajectory.TurnCount);
        Assert.Equal([7.0], trajectory.Forecast);
        Assert.All(trajectory.Turns, t => Assert.Equal(7.0, t.Median));
        Assert.All(trajectory.Turns, t => Assert.Null(t.Probabilities));
        Assert.StartsWith("the median moved by at most 0.001", trajectory.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScholzExample_TurnZeroIsTheInput()
    {
        var table = Fixture.Bdm("ExampleActors.scholz2011.lf.csv");

        var turn0 = new BdmModel().Run(table, Settings).Turns[0];

        Assert.Equal(table.Actors.Select(a => a.Positions[0]), turn0.Positions.Select(p => p[0]));
        Assert.Equal(7.0, turn0.Median);
        Assert.Equal(7.389955686853767, turn0.Mean!.Value, 12); // the reference log's first mean
    }

    [Fact]
    public void Run_MaxTurnsGiven_StopsAtTheLimit()
    {
        var trajectory = new BdmModel().Run(Fixture.Bdm("jmckib-ExampleActors.csv"), new BargainRunSettings(0, MaxTurns: 1));

        Assert.Equal(1, trajectory.TurnCount);
        Assert.Equal("round limit 1 reached", trajectory.StopReason);
    }

    [Fact]
    public void Run_HondurasCrisis_ReachesAFixedPointAtTheMiddle()
    {
        // dmasad's Honduras-Nicaragua data (positions 0..1); his notebook's run converges to 0.5.
        var table = Table(("Nicaragua", 0.0001958, 1, 100), ("Honduras", 0.0001515, 0, 100), ("Costa Rica", 0.0001189, 0.5, 30),
            ("United States", 0.2550486, 0.5, 10), ("Dominican Republic", 0.0005362, 0.5, 30));

        var trajectory = new BdmModel().Run(table, Settings);

        Assert.Equal([0.5], trajectory.Forecast);
        Assert.Equal($"no actor moved in round {trajectory.TurnCount}: a fixed point", trajectory.StopReason);
    }

    [Fact]
    public void Run_SwapCycle_StopsAndNamesThePeriod()
    {
        // B and the two actors at 0 swap places every round: simultaneous moves can cycle.
        var table = Table(("A", 4, 0, 30), ("B", 2, 0, 100), ("C", 3, 25, 100));

        var trajectory = new BdmModel().Run(table, Settings);

        Assert.Equal(2, trajectory.TurnCount);
        Assert.Equal(trajectory.Turns[0].Positions.Select(p => p[0]), trajectory.Turns[2].Positions.Select(p => p[0]));
        Assert.Equal("cycle: the positions after round 2 repeat those of turn 0 (period 2); medians over the cycle 25, 0", trajectory.StopReason);
        Assert.Equal([trajectory.Turns[2].Median!.Value], trajectory.Forecast);
    }

    [Fact]
    public void Run_TwoEqualBlocs_MedianTieGoesToTheLowerPosition()
    {
        var trajectory = new BdmModel().Run(Table(("Low", 1, 0, 50), ("High", 1, 10, 50)), new BargainRunSettings(0, 1));

        Assert.Equal(0.0, trajectory.Turns[0].Median);
    }

    [Fact]
    public void Run_MedianTieWithAPositionNearerTheMean_TakesThatPosition()
    {
        // F(0) = F(6) = F(10): the tie goes to the tied position nearest the weighted mean (5).
        var trajectory = new BdmModel().Run(Table(("Low", 1, 0, 50), ("High", 1, 10, 50), ("Mute", 1, 6, 0)), new BargainRunSettings(0, 1));

        Assert.Equal(6.0, trajectory.Turns[0].Median);
    }

    [Fact]
    public void RunDetailed_MirrorImageActors_EqualDangerGivesRiskNeutrality()
    {
        var run = new BdmModel().RunDetailed(Table(("Low", 1, 0, 50), ("High", 1, 10, 50)), new BargainRunSettings(0, 1));

        Assert.Equal([1.0, 1.0], run.Rounds[0].RiskExponents);
    }

    [Fact]
    public void RunDetailed_TwoProposersMoveAReceiverEqually_TheFirstByNameWins()
    {
        // Beta and Alpha are identical and make identical offers; the row order must not decide.
        var table = Table(("Receiver", 1, 0, 20), ("Beta", 5, 100, 80), ("Alpha", 5, 100, 80), ("Other", 2, 40, 50));

        var run = new BdmModel().RunDetailed(table, new BargainRunSettings(0, 1));

        var move = Assert.Single(run.Rounds[0].Moves, m => m.Actor == "Receiver");
        Assert.Equal("Alpha", move.Proposer);
        Assert.Equal(BdmOfferKind.Compromise, move.Kind);
    }

    [Fact]
    public void Run_ThreeDimensionTable_ThrowsWithAClearMessage()
    {
        var table = new ActorTable
        {
            Scenario = "dummyData_3Dim",
            Dimensions = ["D1", "D2", "D3"],
            Actors = [new BargainingActor("A", "", 1, [1, 2, 3], [10, 10, 10]), new BargainingActor("B", "", 1, [4, 5, 6], [10, 10, 10])],
        };

        var error = Assert.Throws<InputException>(() => new BdmModel().Run(table, Settings));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("the BDM model works on one issue dimension; 'dummyData_3Dim' has 3 (D1, D2, D3)", problem.Message);
        Assert.Contains("{model} smp", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 50.0, "actor 'B' has capability 0; it must be a finite number > 0")]
    [InlineData(1.0, 150.0, "actor 'B' has salience 150; it must lie in [0, 100]")]
    [InlineData(double.NaN, 50.0, "actor 'B' has capability NaN; it must be a finite number > 0")]
    public void Check_BadActor_NamesTheActorAndTheValue(double capability, double salience, string message)
    {
        var table = Table(("A", 1, 0, 50), ("B", capability, 10, salience));

        Assert.Equal(message, Assert.Single(BdmModel.Check(table)).Message);
    }

    [Fact]
    public void Check_DuplicateNamesOneActorAndNoSalience_ReportsEach()
    {
        Assert.Equal("actor 'A' appears more than once", Assert.Single(BdmModel.Check(Table(("A", 1, 0, 50), ("A", 1, 10, 50)))).Message);
        Assert.Equal("the BDM model needs at least two actors; 'test' has 1", Assert.Single(BdmModel.Check(Table(("A", 1, 0, 50)))).Message);
        Assert.StartsWith("every actor has zero salience", Assert.Single(BdmModel.Check(Table(("A", 1, 0, 0), ("B", 1, 5, 0)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadOptions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BdmModel(BdmOptions.Paper with { MaxRounds = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BdmModel(BdmOptions.Paper with { StatusQuoProbability = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BdmModel(BdmOptions.Paper with { MedianTolerance = -1 }));
    }

    [Fact]
    public void Run_StatusQuoBelowOne_UsesTheMedianTermsAndStaysInRange()
    {
        var options = BdmOptions.Paper with { StatusQuoProbability = 0.5, FavourableChangeProbability = 0.5 };

        var trajectory = new BdmModel(options).Run(Fixture.Bdm("jmckib-ExampleActors.csv"), Settings);
        var paper = new BdmModel().Run(Fixture.Bdm("jmckib-ExampleActors.csv"), Settings);

        Assert.All(trajectory.Turns.SelectMany(t => t.Positions), p => Assert.InRange(p[0], 4.0, 10.0));
        Assert.NotEqual(paper.Turns[1].Mean, trajectory.Turns[1].Mean);
    }
}
