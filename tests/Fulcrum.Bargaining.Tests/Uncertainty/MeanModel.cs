using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Tests.Uncertainty;

/// <summary>
/// A stand-in model for testing the runner on several dimensions: forecasts the capability×salience
/// weighted mean of each dimension in one turn, and refuses tables whose first actor has salience 0
/// on the first dimension (so that failures can be provoked).
/// </summary>
internal sealed class MeanModel : IBargainingModel
{
    public string Name => "mean";

    public Trajectory Run(ActorTable actors, BargainRunSettings settings)
    {
        if (actors.Actors[0].Saliences[0] == 0) throw new InputException("first actor has no salience");
        var forecast = Enumerable.Range(0, actors.DimensionCount).Select(d =>
            actors.Actors.Sum(a => a.Capability * a.Saliences[d] * a.Positions[d]) / actors.Actors.Sum(a => a.Capability * a.Saliences[d])).ToArray();
        IReadOnlyList<IReadOnlyList<double>> positions = [.. actors.Actors.Select(a => a.Positions)];
        return new Trajectory
        {
            Model = Name,
            Actors = [.. actors.Actors.Select(a => a.Name)],
            Turns = [new TurnState(0, positions, null, null, null)],
            Forecast = forecast,
            StopReason = "one turn",
        };
    }
}
