using System.Globalization;

namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// Plays rounds until a stop rule fires and records the trajectory on the input's rows and scale.
/// Stop rules, checked after each round in this order: (1) paper reading only: the positions
/// repeat an earlier turn exactly, a fixed point (no one moved) or a cycle, after which the
/// deterministic model can only repeat itself; (2) the median held within the tolerance for the
/// required number of rounds; (3) the round limit.
/// </summary>
internal sealed class BdmDriver(IBdmEngine engine, BdmOptions options, int maxRounds, IProgress<BargainProgress>? progress)
{
    private readonly BdmActors _actors = engine.Actors;

    public BdmRun Run(double[] start)
    {
        var n = _actors.Count;
        var x = start;
        var median = engine.Median(x);
        var turns = new List<TurnState> { Turn(0, x, median, engine.Mean(x)) };
        var rounds = new List<BdmRound>();
        if (_actors.Range == 0)
            return Finish(turns, rounds, median, "all actors hold the same position: nothing to bargain over");

        var history = new List<double[]> { x };
        var stable = 0;
        for (var t = 1; t <= maxRounds; t++)
        {
            var next = new double[n];
            var risk = new double[n];
            var moves = engine.Round(x, next, risk);
            var newMedian = engine.Median(next);
            turns.Add(Turn(t, next, newMedian, engine.Mean(next)));
            rounds.Add(Round(t, x, risk, moves));

            var change = Math.Abs(newMedian - median) / _actors.Range;
            var repeats = options.Compat == BdmCompat.Paper ? Repeats(history, next) : null;
            if (options.MedianTolerance is { } tol) stable = Math.Abs(newMedian - median) <= tol * _actors.Range ? stable + 1 : 0;
            var stopped = repeats is not null || stable >= options.StableRounds || t == maxRounds;
            progress?.Report(new BargainProgress("bdm", t, maxRounds, n, options.MedianTolerance is null ? null : change, options.MedianTolerance, stopped));

            if (repeats is { } earlier)
            {
                var reason = earlier == t - 1
                    ? string.Create(CultureInfo.InvariantCulture, $"no actor moved in round {t}: a fixed point")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"cycle: the positions after round {t} repeat those of turn {earlier} (period {t - earlier}); medians over the cycle {Medians(turns, earlier, t)}");
                return Finish(turns, rounds, newMedian, reason);
            }
            if (options.MedianTolerance is { } tolerance && stable >= options.StableRounds)
                return Finish(turns, rounds, newMedian, string.Create(CultureInfo.InvariantCulture,
                    $"the median moved by at most {tolerance:G3} of the position range in each of the last {options.StableRounds} rounds (turn {t})"));
            history.Add(next);
            x = next;
            median = newMedian;
        }
        return Finish(turns, rounds, median, string.Create(CultureInfo.InvariantCulture, $"round limit {maxRounds} reached"));
    }

    private BdmRun Finish(List<TurnState> turns, List<BdmRound> rounds, double median, string reason) =>
        new(new Trajectory
        {
            Model = "bdm",
            Actors = InputOrderNames(),
            Turns = turns,
            Forecast = [median],
            StopReason = reason,
        }, rounds);

    private string[] InputOrderNames()
    {
        var names = new string[_actors.Count];
        for (var e = 0; e < names.Length; e++) names[_actors.InputIndex[e]] = _actors.Names[e];
        return names;
    }

    private TurnState Turn(int turn, double[] x, double median, double mean)
    {
        var positions = new IReadOnlyList<double>[x.Length];
        for (var e = 0; e < x.Length; e++) positions[_actors.InputIndex[e]] = [x[e]];
        return new TurnState(turn, positions, null, median, mean);
    }

    private BdmRound Round(int turn, double[] before, double[] risk, IReadOnlyList<EngineMove> moves)
    {
        var inputRisk = new double[risk.Length];
        for (var e = 0; e < risk.Length; e++) inputRisk[_actors.InputIndex[e]] = risk[e];
        var recorded = moves
            .OrderBy(m => _actors.InputIndex[m.Receiver])
            .Select(m => new BdmMove(_actors.Names[m.Receiver], _actors.Names[m.Proposer], m.Kind,
                before[m.Receiver], m.To, m.ReceiverEu, m.ProposerEu))
            .ToArray();
        return new BdmRound(turn, inputRisk, recorded);
    }

    private static int? Repeats(List<double[]> history, double[] positions)
    {
        for (var u = history.Count - 1; u >= 0; u--)
            if (history[u].AsSpan().SequenceEqual(positions)) return u;
        return null;
    }

    private static string Medians(List<TurnState> turns, int from, int to) =>
        string.Join(", ", turns.Skip(from + 1).Take(to - from).Select(s => s.Median!.Value.ToString("G6", CultureInfo.InvariantCulture)));
}
