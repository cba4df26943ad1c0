using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Tests.Uncertainty;

public class DropActorTests
{
    private static readonly ActorTable Scholz = Fixture.Bdm("jmckib-ExampleActors.csv");
    private static readonly BargainRunSettings Settings = new(Seed: 1);

    [Fact]
    public void DropActors_NoNames_DropsEachActorInTurn()
    {
        var report = PerturbationRunner.DropActors(new BdmModel(), Scholz, Settings).Value!;

        Assert.Equal(Scholz.Actors.Select(a => a.Name), report.Shocks.Select(s => s.Actor));
        Assert.All(report.Shocks, s => Assert.Null(s.Failure));
        Assert.All(report.Shocks, s => Assert.Equal(s.Forecast[0] - report.Baseline.Forecast[0], s.Shift[0]));
    }

    [Fact]
    public void DropActors_Named_MatchesTheRunWithoutThatActor()
    {
        var report = PerturbationRunner.DropActors(new BdmModel(), Scholz, Settings, ["uk"]).Value!;

        var shock = Assert.Single(report.Shocks);
        var without = new BdmModel().Run(Scholz with { Actors = [.. Scholz.Actors.Where(a => a.Name != "UK")] }, Settings);
        Assert.Equal("UK", shock.Actor);
        Assert.Equal(without.Forecast, shock.Forecast);
        Assert.Equal(without.Turns[^1].Mean, shock.FinalMean);
        Assert.Equal(without.StopReason, shock.StopReason);
    }

    [Fact]
    public void DropActors_OneCoreOrFour_SameShocks()
    {
        var one = PerturbationRunner.DropActors(new BdmModel(), Scholz, Settings, maxDegreeOfParallelism: 1).Value!;
        var four = PerturbationRunner.DropActors(new BdmModel(), Scholz, Settings, maxDegreeOfParallelism: 4).Value!;

        Assert.Equal(one.Shocks.Select(s => (s.Actor, s.Forecast[0], s.FinalMean)), four.Shocks.Select(s => (s.Actor, s.Forecast[0], s.FinalMean)));
    }

    [Fact]
    public void DropActors_UnknownName_ProblemListsTheActors()
    {
        var report = PerturbationRunner.DropActors(new BdmModel(), Scholz, Settings, ["Atlantis"]);

        Assert.False(report.Ok);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((Subjects.DropActor, "no actor named 'Atlantis' in 'jmckib-ExampleActors'"), (problem.Subject, problem.Message));
        Assert.StartsWith("the actors are: Netherlands, Belgium", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void DropActors_LeavesOneActor_ShockCarriesTheModelsReason()
    {
        var pair = Scholz with { Actors = [.. Scholz.Actors.Take(2)] };

        var shock = PerturbationRunner.DropActors(new BdmModel(), pair, Settings, ["Belgium"]).Value!.Shocks[0];

        Assert.Empty(shock.Forecast);
        Assert.Equal("the BDM model needs at least two actors; 'jmckib-ExampleActors' has 1", shock.Failure);
    }
}
