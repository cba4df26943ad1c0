namespace Fulcrum.Decision.Discovery;

/// <summary>
/// A box PRIM found (the JSON contract's <c>boxes[{limits[], coverage, density, mass}]</c>), with the
/// whole peeling (and pasting) trajectory to choose from; the box itself is the trajectory's last step.
/// </summary>
/// <param name="Limits">The restricted dimensions' limits, in plain words.</param>
/// <param name="Coverage">Share of all cases of interest that lie in the box.</param>
/// <param name="Density">Share of the box's points that are cases of interest.</param>
/// <param name="Mass">Share of all points that lie in the box.</param>
/// <param name="Trajectory">Every step from the whole space (step 0) to the box: peels, then pastes.</param>
public sealed record PrimBox(IReadOnlyList<BoxLimit> Limits, double Coverage, double Density, double Mass, IReadOnlyList<PrimStep> Trajectory);

/// <summary>One step of the trajectory: the box after it and its statistics.</summary>
/// <param name="Id">0 for the whole space, then one per peel or paste.</param>
/// <param name="Coverage">Share of all cases of interest in the box.</param>
/// <param name="Density">Share of the box's points that are cases of interest.</param>
/// <param name="Mass">Share of all points in the box.</param>
/// <param name="Points">Points in the box.</param>
/// <param name="Limits">The restricted dimensions' limits after the step.</param>
public sealed record PrimStep(int Id, double Coverage, double Density, double Mass, int Points, IReadOnlyList<BoxLimit> Limits)
{
    /// <summary>How many dimensions the box restricts.</summary>
    public int Restricted => Limits.Count;
}

/// <summary>
/// A box's limit on one dimension: a real interval (either end open when not restricted) or the
/// categories kept, and the limit in words ("P ≥ 0.21", "scenario is full_invasion or limited_incursion").
/// </summary>
public sealed record BoxLimit(string Dimension, double? Low, double? High, IReadOnlyList<string>? Categories, string Text);
