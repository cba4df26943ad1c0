using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Panels;

/// <summary>How a panel's weights are combined.</summary>
public enum WeightPooling
{
    /// <summary>
    /// When every analyst gave AHP judgements: their element-wise weighted geometric mean (Aczél &amp; Saaty
    /// 1983), then its principal eigenvector. Otherwise <see cref="Arithmetic"/>.
    /// </summary>
    Auto,
    /// <summary>The weighted arithmetic mean of the analysts' normalised weights (sums to 1 as it is).</summary>
    Arithmetic,
    /// <summary>The weighted geometric mean of the normalised weights, renormalised (Forman &amp; Peniwati 1998); one analyst's 0 makes the aggregate 0.</summary>
    Geometric,
}

/// <summary>Which opinion pool gives the panel's scenario probabilities (both are always reported).</summary>
public enum ProbabilityPooling
{
    /// <summary><see cref="OpinionPool.Linear"/>.</summary>
    Linear,
    /// <summary><see cref="OpinionPool.Logarithmic"/>.</summary>
    Logarithmic,
}

/// <summary>How a panel is aggregated. Every default is stated here, once.</summary>
public sealed record PanelOptions
{
    public static PanelOptions Default { get; } = new();

    /// <summary>Default <see cref="WeightPooling.Auto"/>.</summary>
    public WeightPooling Weights { get; init; } = WeightPooling.Auto;

    /// <summary>Default <see cref="ProbabilityPooling.Linear"/>: the pool that keeps every scenario anyone thinks possible.</summary>
    public ProbabilityPooling Probabilities { get; init; } = ProbabilityPooling.Linear;

    /// <summary>How the aggregate judgements are analysed (default <see cref="AhpOptions.Default"/>).</summary>
    public AhpOptions Ahp { get; init; } = AhpOptions.Default;
}
