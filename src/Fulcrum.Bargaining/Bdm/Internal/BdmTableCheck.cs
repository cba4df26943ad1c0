using System.Globalization;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// What the model needs of a table, whichever reader built it: one dimension, two or more actors
/// with distinct names, finite positions, capability &gt; 0, salience in [0, 100], some salience.
/// </summary>
internal static class BdmTableCheck
{
    public static IReadOnlyList<Problem> Problems(ActorTable table)
    {
        var problems = new ProblemList(table.Scenario);
        if (table.DimensionCount != 1)
        {
            problems.Add(0, 0,
                Invariant($"the BDM model works on one issue dimension; '{table.Scenario}' has {table.DimensionCount} ({string.Join(", ", table.Dimensions)})"),
                "run a table with several dimensions with {model} smp, or give BDM one table per dimension");
            return problems.Items;
        }
        if (table.ActorCount < 2)
            problems.Add(0, 0, Invariant($"the BDM model needs at least two actors; '{table.Scenario}' has {table.ActorCount}"), "add the other stakeholders");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anySalience = false;
        foreach (var actor in table.Actors)
        {
            if (!seen.Add(actor.Name))
                problems.Add(0, 0, $"actor '{actor.Name}' appears more than once", "give each actor a unique name");
            if (actor.Positions.Count != 1 || actor.Saliences.Count != 1)
            {
                problems.Add(0, 0, Invariant($"actor '{actor.Name}' has {actor.Positions.Count} positions and {actor.Saliences.Count} saliences; BDM needs one of each"), "fix the table");
                continue;
            }
            if (!(actor.Capability > 0 && double.IsFinite(actor.Capability)))
                problems.Add(0, 0, Invariant($"actor '{actor.Name}' has capability {actor.Capability}; it must be a finite number > 0"), "give every actor some capability");
            if (!double.IsFinite(actor.Positions[0]))
                problems.Add(0, 0, Invariant($"actor '{actor.Name}' has position {actor.Positions[0]}; it must be a finite number"), "fix the position");
            var salience = actor.Saliences[0];
            if (!(salience is >= 0 and <= 100))
                problems.Add(0, 0, Invariant($"actor '{actor.Name}' has salience {salience}; it must lie in [0, 100]"), "fix the salience");
            else if (salience > 0) anySalience = true;
        }
        if (!anySalience && table.ActorCount > 0)
            problems.Add(0, 0, "every actor has zero salience: no actor cares about the issue, so there are no votes to count",
                "give the actors who care about the issue a salience above 0");
        return problems.Items;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
