using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Internal;

/// <summary>
/// The last check on a model run before it is returned: every position, probability and the
/// forecast are finite. The readers bound every input so that none can be NaN; one that is would
/// be a bug in a model, thrown as one (never printed as a forecast).
/// </summary>
internal static class TrajectoryGuard
{
    public static Trajectory Finite(Trajectory t)
    {
        foreach (var x in t.Forecast) Preconditions.Finite(x, $"the {t.Model} forecast");
        foreach (var turn in t.Turns)
        {
            foreach (var position in turn.Positions)
                foreach (var x in position) Preconditions.Finite(x, $"a {t.Model} position at turn {turn.Turn}");
            foreach (var p in turn.Probabilities ?? []) Preconditions.Finite(p, $"a {t.Model} win probability at turn {turn.Turn}");
            if (turn.Median is { } median) Preconditions.Finite(median, $"the {t.Model} median at turn {turn.Turn}");
            if (turn.Mean is { } mean) Preconditions.Finite(mean, $"the {t.Model} mean at turn {turn.Turn}");
        }
        return t;
    }
}
