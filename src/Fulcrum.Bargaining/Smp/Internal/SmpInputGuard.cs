using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The model's preconditions on an actor table. The readers report bad files as problems; reaching
/// here with a bad table is a programmer error, so these are exceptions — except an actor left with
/// no salience, which a perturbation study can produce from a valid table (a salience shaken to 0):
/// that is an <see cref="InputException"/>, which the study records as a refused run.
/// </summary>
internal static class SmpInputGuard
{
    public static void Check(ActorTable table)
    {
        if (table.ActorCount < 2) throw new ArgumentException("SMP needs at least two actors.", nameof(table));
        if (table.DimensionCount < 1) throw new ArgumentException("SMP needs at least one dimension.", nameof(table));
        foreach (var a in table.Actors)
        {
            if (a.Positions.Count != table.DimensionCount || a.Saliences.Count != table.DimensionCount)
            {
                throw new ArgumentException($"Actor {a.Name} has {a.Positions.Count} positions and {a.Saliences.Count} saliences for {table.DimensionCount} dimensions.", nameof(table));
            }
            if (!(a.Capability > 0)) throw new ArgumentException($"Actor {a.Name} has capability {a.Capability}; it must be positive.", nameof(table));
            if (a.Positions.Any(x => !(x >= 0 && x <= 100))) throw new ArgumentException($"Actor {a.Name} has a position outside [0, 100].", nameof(table));
            if (a.Saliences.Any(x => !(x >= 0 && x <= 100))) throw new ArgumentException($"Actor {a.Name} has a salience outside [0, 100].", nameof(table));
            var total = a.Saliences.Sum();
            if (!(total > 0))
                throw new InputException(new Problem(table.Scenario, 0, 0, $"actor '{a.Name}' has no salience on any dimension",
                    "the spatial model needs every actor to care about some dimension: leave the actor out, or give it a salience above 0"));
            if (total > 100 + 1e-9) throw new ArgumentException($"Actor {a.Name} has saliences summing to {total}, more than 100.", nameof(table));
        }
    }
}
