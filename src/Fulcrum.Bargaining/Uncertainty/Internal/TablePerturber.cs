using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Uncertainty.Internal;

/// <summary>
/// Draws one perturbed copy of a table (see <see cref="PerturbationSpec"/> for the rules). Every
/// actor consumes the same number of draws, in a fixed order (positions, saliences, capability),
/// whatever the SDs, so that changing one SD leaves the other inputs' draws as they were.
/// </summary>
internal sealed class TablePerturber
{
    private readonly ActorTable _table;
    private readonly PerturbationSpec _spec;
    private readonly PositionBounds[] _bounds;

    public TablePerturber(ActorTable table, PerturbationSpec spec, PositionBounds? bounds)
    {
        _table = table;
        _spec = spec;
        _bounds = [.. Enumerable.Range(0, table.DimensionCount).Select(d => bounds ?? DefaultBounds(table, d))];
    }

    public ActorTable Draw(SeededRandom random)
    {
        var actors = new BargainingActor[_table.ActorCount];
        for (var a = 0; a < actors.Length; a++)
        {
            var actor = _table.Actors[a];
            var positions = new double[actor.Positions.Count];
            for (var d = 0; d < positions.Length; d++)
                positions[d] = Math.Clamp(actor.Positions[d] + _spec.PositionSd * random.NextStandardNormal(), _bounds[d].Min, _bounds[d].Max);
            var saliences = new double[actor.Saliences.Count];
            var sum = 0.0;
            for (var d = 0; d < saliences.Length; d++)
            {
                saliences[d] = Math.Clamp(actor.Saliences[d] + _spec.SalienceSd * random.NextStandardNormal(), 0, 100);
                sum += saliences[d];
            }
            if (sum > 100)
                for (var d = 0; d < saliences.Length; d++) saliences[d] *= 100 / sum;
            var capability = actor.Capability * Math.Exp(_spec.CapabilitySd * random.NextStandardNormal());
            actors[a] = actor with { Capability = capability, Positions = positions, Saliences = saliences };
        }
        return _table with { Actors = actors };
    }

    private static PositionBounds DefaultBounds(ActorTable table, int dimension)
    {
        var min = table.Actors.Min(a => a.Positions[dimension]);
        var max = table.Actors.Max(a => a.Positions[dimension]);
        return min >= 0 && max <= 100 ? new PositionBounds(0, 100) : new PositionBounds(min, max);
    }
}
