using Fulcrum.Bargaining.Internal;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Smp;

/// <summary>
/// KTAB's Spatial Model of Politics (KAPSARC; Wise et al.): actors challenge one another, bargain,
/// and choose among bargains by probabilistic Condorcet elections, turn by turn, until positions
/// settle. Reproduces KTAB smpc's trajectories and win probabilities with its defaults. Work per turn
/// is O(N³) (KTAB's is O(N⁴)); it runs in parallel, with the same result for any number of cores,
/// and reports each turn to <see cref="BargainRunSettings.Progress"/>.
/// </summary>
public sealed class SmpModel : IBargainingModel
{
    private readonly ParallelOptions _parallel;

    /// <param name="parameters">The model's parameters; null for KTAB's defaults.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; −1 (default) for all cores. Results do not depend on it.</param>
    public SmpModel(SmpParameters? parameters = null, int maxDegreeOfParallelism = -1)
    {
        Parameters = parameters ?? new SmpParameters();
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    public string Name => "smp";

    public SmpParameters Parameters { get; }

    /// <summary>Test hook: per turn (1-based), the thread order of a KTAB log to replay; null for actor order.</summary>
    internal Func<int, TurnOrder?>? ReplayOrder { get; init; }

    public Trajectory Run(ActorTable actors, BargainRunSettings settings) => RunDetailed(actors, settings).Trajectory;

    /// <summary>Runs the model and returns the trajectory with KTAB's per-turn diagnostics.</summary>
    public SmpRun RunDetailed(ActorTable actors, BargainRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(settings);
        SmpInputGuard.Check(actors);
        var p = Parameters;
        var maxTurns = settings.MaxTurns ?? p.MaxTurns;
        if (maxTurns < 1) throw new ArgumentOutOfRangeException(nameof(settings), maxTurns, "MaxTurns must be at least 1.");

        var table = new SmpActors(actors);
        var accommodation = Accommodation.Build(actors, p.Accommodation);
        var random = new KtabRandom(settings.Seed);
        var start = InitialPositions(actors);
        var history = new List<SmpState> { SmpState.Assess(table, start, start, p, _parallel) };
        var changes = new List<double>();
        string stopReason;
        while (true)
        {
            var s = history[^1];
            var proposals = Proposals.Make(s, p, _parallel);
            var positions = Resolution.Resolve(s, proposals, p, random, _parallel, ReplayOrder?.Invoke(history.Count));
            var ideals = accommodation.NextIdeals(positions, s.Ideals, table.Dims);
            history.Add(SmpState.Assess(table, positions, ideals, p, _parallel));
            var turn = history.Count - 1;
            var ratio = StopRule.Movement(history[turn - 1], history[turn]) / (StopRule.Movement(history[0], history[1]) + StopRule.MinSignificantMovement);
            changes.Add(ratio);
            var converged = turn >= p.MinTurns && ratio < p.StopRatio;
            var stopped = converged || turn >= maxTurns;
            settings.Progress?.Report(new BargainProgress(Name, turn, maxTurns, table.Count, ratio, p.StopRatio, stopped));
            if (converged)
            {
                stopReason = $"fractional change {ratio:0.0000} < {p.StopRatio} at turn {turn}";
                break;
            }
            if (stopped)
            {
                stopReason = $"turn limit {maxTurns} reached (last fractional change {ratio:0.0000})";
                break;
            }
        }
        return new SmpRun
        {
            Trajectory = TrajectoryGuard.Finite(TrajectoryOf(actors, history, stopReason)),
            Parameters = p,
            Seed = settings.Seed,
            FractionalChanges = changes,
            RiskAttitudes = [.. history.Select(h => (IReadOnlyList<double>)[.. h.Risk])],
        };
    }

    private static double[] InitialPositions(ActorTable actors)
    {
        var dims = actors.DimensionCount;
        var x = new double[actors.ActorCount * dims];
        for (var i = 0; i < actors.ActorCount; i++)
        {
            for (var d = 0; d < dims; d++) x[(i * dims) + d] = actors.Actors[i].Positions[d] / 100.0;
        }
        return x;
    }

    private static Trajectory TrajectoryOf(ActorTable actors, List<SmpState> history, string stopReason)
    {
        var dims = actors.DimensionCount;
        var turns = new List<TurnState>(history.Count);
        for (var t = 0; t < history.Count; t++)
        {
            var s = history[t];
            var positions = new IReadOnlyList<double>[actors.ActorCount];
            for (var i = 0; i < actors.ActorCount; i++) positions[i] = Scaled(s.Positions, i, dims);
            turns.Add(new TurnState(t, positions, [.. s.ActorProbability], null, null));
        }
        var last = history[^1];
        var forecast = new double[dims];
        for (var u = 0; u < last.Unique.Length; u++)
        {
            for (var d = 0; d < dims; d++) forecast[d] += last.UniqueProbability[u] * last.Positions[(last.Unique[u] * dims) + d] * 100.0;
        }
        return new Trajectory
        {
            Model = "smp",
            Actors = [.. actors.Actors.Select(a => a.Name)],
            Turns = turns,
            Forecast = forecast,
            StopReason = stopReason,
            FinalPositions = [.. last.Unique.Select((holder, u) => new FinalPosition(Scaled(last.Positions, holder, dims), last.UniqueProbability[u],
                [.. Enumerable.Range(0, actors.ActorCount).Where(i => last.Group[i] == u).Select(i => actors.Actors[i].Name)]))],
        };
    }

    private static double[] Scaled(double[] values, int actor, int dims)
    {
        var x = new double[dims];
        for (var d = 0; d < dims; d++) x[d] = values[(actor * dims) + d] * 100.0;
        return x;
    }
}
