namespace Fulcrum.Elicitation.Ahp;

/// <summary>How the AHP weights and consistency are computed. Every default is stated here, once.</summary>
public sealed record AhpOptions
{
    public static AhpOptions Default { get; } = new();

    /// <summary>
    /// The eigenvector is converged when no weight moves by more than this between two steps
    /// (default 1e-12, far below the three decimals anyone reads).
    /// </summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>The largest acceptable consistency ratio (default 0.10, Saaty 1980).</summary>
    public double AcceptableRatio { get; init; } = 0.10;

    /// <summary>
    /// How many judgement revisions to suggest when the ratio is above <see cref="AcceptableRatio"/>
    /// (default 3; 0 skips the search, which re-solves the matrix once per judgement).
    /// </summary>
    public int Revisions { get; init; } = 3;
}
