namespace Fulcrum.Bargaining;

/// <summary>
/// The input of every bargaining model: actors with a capability (power, clout), a position on
/// each dimension and a salience per dimension, all on the input's scale (positions and saliences
/// 0–100 as in KTAB's CSV; the models rescale internally). Immutable; built by the readers, which
/// validate it.
/// </summary>
public sealed record ActorTable
{
    public required string Scenario { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Dimension names, e.g. <c>Policy</c>, <c>Competitive</c>.</summary>
    public required IReadOnlyList<string> Dimensions { get; init; }
    public required IReadOnlyList<BargainingActor> Actors { get; init; }

    public int ActorCount => Actors.Count;
    public int DimensionCount => Dimensions.Count;
}

/// <summary>One stakeholder: name, description, capability (&gt; 0), position and salience per dimension.</summary>
public sealed record BargainingActor(
    string Name, string Description, double Capability,
    IReadOnlyList<double> Positions, IReadOnlyList<double> Saliences);
