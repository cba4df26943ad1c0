namespace Fulcrum.Decision.Discovery;

/// <summary>
/// The input of PRIM: one column per dimension (real values, or category indices for a categorical
/// dimension) and a 0/1 outcome per point (1: a case of interest, e.g. a draw in which the option fails).
/// </summary>
public sealed class PrimData
{
    public PrimData(IReadOnlyList<PrimDimension> dimensions, IReadOnlyList<double[]> columns, bool[] outcome)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(outcome);
        Core.Problems.Preconditions.Require(dimensions.Count == columns.Count, "one column per dimension");
        Core.Problems.Preconditions.Require(columns.All(c => c.Length == outcome.Length), "every column has one value per point");
        Dimensions = dimensions;
        Columns = columns;
        Outcome = outcome;
    }

    public IReadOnlyList<PrimDimension> Dimensions { get; }
    /// <summary>[dimension][point]: the value, or for a categorical dimension the category's index.</summary>
    public IReadOnlyList<double[]> Columns { get; }
    public bool[] Outcome { get; }
    public int N => Outcome.Length;
}

/// <summary>A dimension of the space PRIM searches.</summary>
/// <param name="Name">e.g. <c>scenario</c>, <c>weight us_backing</c>, <c>quantile of effects on syria_freedom</c>.</param>
/// <param name="Categories">The categories' names for a categorical dimension (its values index them); null for a real one.</param>
/// <param name="Unit">What a real value means, for the plain-words limits (e.g. "share of the total weight").</param>
public sealed record PrimDimension(string Name, IReadOnlyList<string>? Categories = null, string Unit = "")
{
    public bool IsCategorical => Categories is not null;
}

/// <summary>How PRIM peels and pastes (Friedman &amp; Fisher 1999; the defaults of the EMA Workbench).</summary>
public sealed record PrimOptions
{
    /// <summary>Share of the box's points peeled off a side in one step (default 0.05).</summary>
    public double PeelAlpha { get; init; } = 0.05;
    /// <summary>Share of the candidate points pasted back in one step (default 0.05).</summary>
    public double PasteAlpha { get; init; } = 0.05;
    /// <summary>Smallest share of all points a box may hold (default 0.05).</summary>
    public double MassMin { get; init; } = 0.05;
    /// <summary>Boxes to find one after another, each on the points the earlier ones leave (default 1).</summary>
    public int MaxBoxes { get; init; } = 1;
    /// <summary>A later box is kept only when its density reaches this (default 0.5).</summary>
    public double MinDensity { get; init; } = 0.5;
}
