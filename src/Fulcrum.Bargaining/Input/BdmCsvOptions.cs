namespace Fulcrum.Bargaining.Input;

/// <summary>How to read a BDM CSV file. The defaults read every layout the public replications ship.</summary>
public sealed record BdmCsvOptions
{
    public static BdmCsvOptions Default { get; } = new();

    /// <summary>
    /// The scale of the salience column. Default <see cref="BdmSalienceScale.Auto"/>: fractions
    /// when every salience is at most 1 (jmckib, minimalgeek), percentages otherwise (dmasad, KTAB).
    /// </summary>
    public BdmSalienceScale SalienceScale { get; init; } = BdmSalienceScale.Auto;

    /// <summary>
    /// Which positions are valid. Default <see cref="BdmPositionScale.FollowSalience"/>: a file whose
    /// saliences are percentages follows the 0–100 convention of BDM's and KTAB's expert-elicited
    /// inputs, so its positions must lie in [0, 100]; a file with fractional saliences keeps the
    /// issue's own units (years, dollars a barrel, 0–1), any finite number.
    /// </summary>
    public BdmPositionScale PositionScale { get; init; } = BdmPositionScale.FollowSalience;
}

/// <summary>The scale of a BDM file's salience column.</summary>
public enum BdmSalienceScale
{
    /// <summary>Fractions if every salience is at most 1, else percentages.</summary>
    Auto,

    /// <summary>Saliences in [0, 1].</summary>
    Fraction,

    /// <summary>Saliences in [0, 100].</summary>
    Percent,
}

/// <summary>Which positions a BDM file may hold.</summary>
public enum BdmPositionScale
{
    /// <summary>[0, 100] when the saliences are percentages, else any finite number.</summary>
    FollowSalience,

    /// <summary>Positions in [0, 100].</summary>
    Percent,

    /// <summary>Any finite number, in the issue's own units.</summary>
    Free,
}
