using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Uncertainty;

public static partial class PerturbationRunner
{
    /// <summary>
    /// Drop-actor shocks: runs <paramref name="model"/> on <paramref name="table"/> without each actor
    /// in <paramref name="actors"/> in turn (null or empty: every actor), with the same settings and seed
    /// as the baseline, so that the only change is the missing actor (the progress hears of the baseline only). Names
    /// match exactly, else without regard to case; unknown names are problems about <paramref name="source"/>.
    /// </summary>
    public static Checked<DropActorReport> DropActors(IBargainingModel model, ActorTable table, BargainRunSettings settings,
        IReadOnlyList<string>? actors = null, int maxDegreeOfParallelism = -1, string source = Subjects.DropActor)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);

        var problems = ProblemList.ForSubject(source);
        var targets = new List<int>();
        foreach (var name in actors is { Count: > 0 } ? actors : table.Actors.Select(a => a.Name))
        {
            var index = Find(table, name);
            if (index >= 0) targets.Add(index);
            else
                problems.Add(0, 0, $"no actor named '{name}' in '{table.Scenario}'",
                    $"the actors are: {string.Join(", ", table.Actors.Take(30).Select(a => a.Name))}{(table.ActorCount > 30 ? ", …" : "")}");
        }
        if (problems.Any) return Checked<DropActorReport>.Failure(problems.Items);

        var baseline = model.Run(table, settings);
        var quiet = settings with { Progress = null }; // the shocks run on worker threads
        var shocks = new DropActorShock[targets.Count];
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, k =>
        {
            var dropped = table.Actors[targets[k]];
            var rest = table with { Actors = [.. table.Actors.Where((_, i) => i != targets[k])] };
            try
            {
                var trajectory = model.Run(rest, quiet);
                var shift = trajectory.Forecast.Select((f, d) => f - baseline.Forecast[d]).ToArray();
                shocks[k] = new DropActorShock(dropped.Name, trajectory.Forecast, shift, trajectory.Turns[^1].Mean,
                    trajectory.TurnCount, trajectory.StopReason, null);
            }
            catch (InputException e)
            {
                shocks[k] = new DropActorShock(dropped.Name, [], [], null, 0, "", e.Problems.Count > 0 ? e.Problems[0].Message : e.Message);
            }
        });
        return Checked<DropActorReport>.Success(new DropActorReport(baseline, shocks));
    }

    private static int Find(ActorTable table, string name)
    {
        for (var i = 0; i < table.ActorCount; i++)
            if (string.Equals(table.Actors[i].Name, name, StringComparison.Ordinal)) return i;
        var matches = Enumerable.Range(0, table.ActorCount)
            .Where(i => string.Equals(table.Actors[i].Name, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length == 1 ? matches[0] : -1;
    }
}
