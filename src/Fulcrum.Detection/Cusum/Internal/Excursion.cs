using Fulcrum.Detection.Internal;

namespace Fulcrum.Detection.Cusum.Internal;

/// <summary>
/// One side of a CUSUM: the running sum S = max(0, S + increment), and where the current
/// excursion above zero began. While S climbs, the baseline stays the window before that start,
/// so the change being detected never leaks into the reference it is measured against.
/// </summary>
internal sealed class Excursion(Direction direction)
{
    public Direction Direction { get; } = direction;

    public double Sum { get; private set; }

    /// <summary>The first point of the current excursion (the point itself when S is zero).</summary>
    public int Start { get; private set; }

    public Baseline Baseline { get; private set; }

    /// <summary>Before point <paramref name="t"/>: a new excursion starts here if the last one ended.</summary>
    public bool BeginPoint(int t)
    {
        if (Sum > 0) return false;
        Start = t;
        return true;
    }

    public void UseBaseline(Baseline baseline) => Baseline = baseline;

    public void Add(double increment) => Sum = Math.Max(0, Sum + increment);

    /// <summary>After an alarm the sum restarts from zero (the standard CUSUM reset).</summary>
    public void Reset() => Sum = 0;
}
