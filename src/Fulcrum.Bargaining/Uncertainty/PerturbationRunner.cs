using Fulcrum.Bargaining.Uncertainty.Internal;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Uncertainty;

/// <summary>
/// Re-runs any bargaining model on seeded perturbations of its input, or without chosen actors, and
/// reports how far the forecast moves. Runs go in parallel; the results are the same for any
/// number of cores, because run i draws from its own stream <c>SeededRandom.ForStream(seed, i)</c>
/// (its first draw seeds the model's own generator, the rest perturb the table) and every result
/// is stored by run number before anything is summed.
/// </summary>
public static partial class PerturbationRunner
{
    /// <summary>
    /// Runs <paramref name="model"/> on <paramref name="table"/> as given (the baseline) and on
    /// <see cref="PerturbationOptions.Runs"/> perturbed copies. The seed is <paramref name="settings"/>'s;
    /// its progress hears of the baseline's turns only.
    /// Throws <see cref="InputException"/> when the model refuses the table itself, or every perturbed copy.
    /// </summary>
    public static PerturbationResult Run(IBargainingModel model, ActorTable table, BargainRunSettings settings, PerturbationOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1, nameof(options));

        var baseline = model.Run(table, settings);
        var perturber = new TablePerturber(table, options.Spec, options.PositionBounds);
        var outcomes = new (PerturbedRun? Run, PerturbationFailure? Failure)[options.Runs];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, options.Runs, parallel, i =>
        {
            var random = SeededRandom.ForStream(settings.Seed, (ulong)i);
            var runSettings = settings with { Seed = random.NextUInt64(), Progress = null }; // copies run on worker threads
            var perturbed = perturber.Draw(random);
            try
            {
                var trajectory = model.Run(perturbed, runSettings);
                outcomes[i] = (new PerturbedRun(i, trajectory.Forecast, trajectory.Turns[^1].Mean, trajectory.TurnCount, trajectory.StopReason), null);
            }
            catch (InputException e)
            {
                outcomes[i] = (null, new PerturbationFailure(i, e.Problems.Count > 0 ? e.Problems[0].Message : e.Message));
            }
        });

        var runs = outcomes.Where(o => o.Run is not null).Select(o => o.Run!).ToArray();
        var failures = outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!).ToArray();
        if (runs.Length == 0)
            throw new InputException(new Problem(table.Scenario, 0, 0,
                $"the model refused every perturbed copy of the input; the first: {failures[0].Message}",
                "use smaller SDs in {perturb}"));

        var forecast = Enumerable.Range(0, table.DimensionCount)
            .Select(d => Percentiles.Summarise(table.Dimensions[d], [.. runs.Select(r => r.Forecast[d])]))
            .ToArray();
        var finalMean = runs.All(r => r.FinalMean.HasValue)
            ? Percentiles.Summarise("mean", [.. runs.Select(r => r.FinalMean!.Value)])
            : null;
        return new PerturbationResult
        {
            Spec = options.Spec,
            Baseline = baseline,
            Forecast = forecast,
            FinalMean = finalMean,
            Runs = runs,
            Failures = failures,
        };
    }
}
