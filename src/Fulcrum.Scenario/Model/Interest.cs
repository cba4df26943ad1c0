namespace Fulcrum.Scenario.Model;

/// <summary>
/// One interest of the focal state in the ledger: what it is worth today (the baseline, in real
/// units where there are any), the power it depends on, its weight and how its level turns into value.
/// </summary>
public sealed record Interest
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The unit of the baseline and of every effect on this interest, e.g. <c>USD bn per year</c>.</summary>
    public required string Unit { get; init; }
    /// <summary>Today's level; a range when only bounds are known (the level used is its midpoint).</summary>
    public required Interval Baseline { get; init; }
    /// <summary>The power whose behaviour this interest depends on.</summary>
    public required string DependsOn { get; init; }
    /// <summary>The weight: a point, or a range sampled uniformly before normalising.</summary>
    public required Interval Weight { get; init; }
    public required ValueFunction Value { get; init; }
    public required string Source { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>
/// Maps an interest's level to a value in [0, 1]: linear from <see cref="Worst"/> (0) to
/// <see cref="Best"/> (1), or piecewise linear through <see cref="Points"/> when given. Levels
/// beyond the ends are clamped.
/// </summary>
public sealed record ValueFunction(double Worst, double Best, IReadOnlyList<ValuePoint> Points)
{
    public double Map(double level)
    {
        if (Points.Count == 0)
        {
            var t = (level - Worst) / (Best - Worst);
            return Math.Clamp(t, 0.0, 1.0);
        }
        if (level <= Points[0].Level) return Points[0].Value;
        for (var i = 1; i < Points.Count; i++)
        {
            var (a, b) = (Points[i - 1], Points[i]);
            if (level <= b.Level)
                return a.Value + (b.Value - a.Value) * (level - a.Level) / (b.Level - a.Level);
        }
        return Points[^1].Value;
    }
}

/// <summary>One point of a piecewise-linear value function.</summary>
public sealed record ValuePoint(double Level, double Value);
