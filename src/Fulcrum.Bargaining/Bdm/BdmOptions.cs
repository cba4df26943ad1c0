namespace Fulcrum.Bargaining.Bdm;

/// <summary>
/// The parameters of a Bueno de Mesquita run, with the defaults of <see cref="BdmCompat.Paper"/>.
/// Use <see cref="For"/> to get the defaults of a compatibility mode.
/// </summary>
public sealed record BdmOptions
{
    /// <summary>The paper's reading with its defaults.</summary>
    public static BdmOptions Paper { get; } = new();

    /// <summary>
    /// The reference replication's reading: 10 rounds and no early stop, as in its reference run
    /// (the replications stop after a fixed number of rounds).
    /// </summary>
    public static BdmOptions ScholzCode { get; } = new()
    {
        Compat = BdmCompat.ScholzCode,
        MaxRounds = 10,
        MedianTolerance = null,
    };

    /// <summary>The defaults of <paramref name="compat"/>.</summary>
    public static BdmOptions For(BdmCompat compat) => compat == BdmCompat.ScholzCode ? ScholzCode : Paper;

    /// <summary>Which reading to run. Default <see cref="BdmCompat.Paper"/>.</summary>
    public BdmCompat Compat { get; init; } = BdmCompat.Paper;

    /// <summary>
    /// Round limit when the run's settings give none. Default 100 (the limit KTAB uses for its
    /// model, so both models stop at the same bound).
    /// </summary>
    public int MaxRounds { get; init; } = 100;

    /// <summary>
    /// The stop rule: the run ends once the median has moved by at most this fraction of the input's
    /// position range in each of <see cref="StableRounds"/> consecutive rounds. Default 0.001 (0.1 %
    /// of the range). Null: no early stop on the median (the replications' fixed number of rounds).
    /// </summary>
    public double? MedianTolerance { get; init; } = 1e-3;

    /// <summary>
    /// How many consecutive rounds the median must hold still before the run stops. Default 3: the
    /// median is one actor's position and often holds for a round or two while actors on one side
    /// are still moving towards it.
    /// </summary>
    public int StableRounds { get; init; } = 3;

    /// <summary>
    /// Q, the probability that the status quo persists when no challenge is made. Default 1, as in
    /// Scholz et al. and every replication; below 1 the expected utility of a challenge also
    /// weighs the better and worse outcomes U_b and U_w around the median.
    /// </summary>
    public double StatusQuoProbability { get; init; } = 1.0;

    /// <summary>
    /// T, the probability that a change of the status quo, if it happens, goes the challenger's
    /// way (used only when Q &lt; 1). Default 1, as in Scholz et al.
    /// </summary>
    public double FavourableChangeProbability { get; init; } = 1.0;

    /// <summary>Throws when an option is outside its valid range (options are set by code, not read from files).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRounds, 1, nameof(MaxRounds));
        ArgumentOutOfRangeException.ThrowIfLessThan(StableRounds, 1, nameof(StableRounds));
        if (MedianTolerance is { } tol && !(tol >= 0 && double.IsFinite(tol)))
            throw new ArgumentOutOfRangeException(nameof(MedianTolerance), tol, "must be a finite number >= 0, or null");
        if (!(StatusQuoProbability is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(StatusQuoProbability), StatusQuoProbability, "must lie in [0, 1]");
        if (!(FavourableChangeProbability is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(FavourableChangeProbability), FavourableChangeProbability, "must lie in [0, 1]");
        if (!Enum.IsDefined(Compat))
            throw new ArgumentOutOfRangeException(nameof(Compat), Compat, "unknown compatibility mode");
    }
}
