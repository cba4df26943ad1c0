using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>SMP's win probabilities are per position: on KTAB's SOE-Pol-Comp run they sum to 1 per position, and to 2.33 per actor.</summary>
public class FinalPositionsTests
{
    private static readonly BargainRunSettings KtabSeed = new(SmpParameters.KtabDefaultSeed);

    private static readonly Trajectory Soe = new SmpModel().Run(KtabCsvReader.Read(KtabReference.Fixture("SOE-Pol-Comp.csv")).ValueOrThrow(), KtabSeed);

    [Fact]
    public void FinalPositions_SumToOne_WhilePerActorTheySumToMore()
    {
        var final = Soe.FinalPositions!;

        Assert.Equal(1, final.Sum(p => p.Probability), 9);
        Assert.Equal(2.329, Soe.Turns[^1].Probabilities!.Sum(), 3); // per actor: 13 actors on 6 positions
        Assert.Equal(Soe.Actors.Order(), final.SelectMany(p => p.Actors).Order());
    }

    [Fact]
    public void FinalPositions_EachActorsProbabilityIsThatOfThePositionItHolds_AndTheForecastTheirWeightedMean()
    {
        var final = Soe.FinalPositions!;

        foreach (var p in final)
            foreach (var actor in p.Actors)
                Assert.Equal(p.Probability, Soe.Turns[^1].Probabilities![Soe.Actors.ToList().IndexOf(actor)], 12);
        for (var d = 0; d < Soe.Forecast.Count; d++)
            Assert.Equal(Soe.Forecast[d], final.Sum(p => p.Probability * p.Position[d]), 9);
    }

    [Fact]
    public void KnifeEdges_AreTheDimensionsWhoseUnperturbedForecastLeavesThe5To95Band()
    {
        // The real SOE run as the unperturbed one (forecast 39.73, 32.78); perturbed forecasts around 39 on the
        // first dimension (it is inside) and around 45 on the second (32.78 is below their 5th percentile).
        var around = (double centre) => Enumerable.Range(0, 100).Select(i => centre + (i - 50) / 25.0).ToList();
        var result = new PerturbationResult
        {
            Spec = new PerturbationSpec(PositionSd: 5, SalienceSd: 0, CapabilitySd: 0),
            Baseline = Soe,
            Forecast = [ForecastDistribution.Of("Policy Position", around(39)), ForecastDistribution.Of("Competitive Position", around(45))],
            Runs = [],
            Failures = [],
        };

        Assert.Equal(["Competitive Position"], result.KnifeEdges);
    }
}
