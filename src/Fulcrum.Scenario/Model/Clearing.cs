namespace Fulcrum.Scenario.Model;

/// <summary>How a fired change signpost stops counting as evidence.</summary>
public enum ClearingKind
{
    /// <summary>An alarm in the opposite direction clears it (the default): the development has reversed.</summary>
    Opposite,

    /// <summary>It clears a set number of days after its latest alarm in the rule's direction, or earlier on an opposite alarm.</summary>
    After,

    /// <summary>Once fired, it counts for good (a development that cannot be undone, such as a declared war).</summary>
    Never,
}

/// <summary>
/// A change rule's clearing: <c>clears: opposite</c> (default), <c>clears_after: 90d</c> or
/// <c>clears: never</c> in the case file. A rule in direction <c>both</c> has no opposite, so its
/// default clears when the detector's window has passed since the latest alarm (docs/watch.md).
/// </summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Days">For <see cref="ClearingKind.After"/>: the days after the latest alarm; else 0.</param>
public sealed record Clearing(ClearingKind Kind, int Days)
{
    public static Clearing Opposite { get; } = new(ClearingKind.Opposite, 0);

    public static Clearing Never { get; } = new(ClearingKind.Never, 0);

    public static Clearing After(int days) => new(ClearingKind.After, days);
}
