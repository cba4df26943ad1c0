using Fulcrum.Detection.Internal;

namespace Fulcrum.Detection.Cusum.Internal;

/// <summary>
/// One side of a CUSUM: the running sum S = max(0, S + increment), where the current excursion
/// above zero began, and the baseline in force at that point (the one an alarm is reported against).
/// </summary>
internal sealed class Excursion(Direction direction)
{
    public Direction Direction { get; } = direction;

    public double Sum { get; private set; }

    /// <summary>The first point of the current excursion.</summary>
    public int Start { get; private set; }

    /// <summary>The baseline when the excursion began.</summary>
    public Baseline Baseline { get; private set; }

    /// <summary>Adds point <paramref name="t"/>'s increment; a new excursion begins here if the sum was zero.</summary>
    public void Add(int t, double increment, Baseline baseline)
    {
        if (Sum <= 0) (Start, Baseline) = (t, baseline);
        Sum = Math.Max(0, Sum + increment);
    }

    /// <summary>After an alarm the sum restarts from zero (the standard CUSUM reset).</summary>
    public void Reset() => Sum = 0;
}
