using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Swings;

namespace Fulcrum.Elicitation.Panels;

/// <summary>How an analyst's weights were elicited.</summary>
public enum WeightMethod
{
    /// <summary>No weights given: the analyst gave scenario probabilities only.</summary>
    None,
    /// <summary>Typed in directly (<c>weights:</c>).</summary>
    Direct,
    /// <summary>From AHP judgements (<c>ahp: FILE</c>): the principal eigenvector.</summary>
    Ahp,
    /// <summary>From swing ratings (<c>swing: FILE</c>).</summary>
    Swing,
}

/// <summary>
/// One analyst's inputs, read from their file and checked against the case; weights and probabilities
/// are in the case's order of interests and scenarios and normalised to sum to 1.
/// </summary>
public sealed record AnalystInput
{
    /// <summary>The analyst's name (<c>analyst:</c>), unique in the panel.</summary>
    public required string Name { get; init; }

    /// <summary>The file the inputs come from.</summary>
    public required string File { get; init; }

    /// <summary>The analyst's weight in the pools (<c>analyst_weight:</c>, default 1), before normalising over the panel.</summary>
    public double AnalystWeight { get; init; } = 1;

    public required WeightMethod Method { get; init; }

    /// <summary>The interest weights (case order, summing to 1); null when <see cref="Method"/> is <see cref="WeightMethod.None"/>.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>The AHP judgements in the case's order of interests, when <see cref="Method"/> is <see cref="WeightMethod.Ahp"/>.</summary>
    public PairwiseMatrix? Judgements { get; init; }

    /// <summary>The AHP analysis of <see cref="Judgements"/> (its CR among others).</summary>
    public AhpResult? Ahp { get; init; }

    /// <summary>The swing ratings, when <see cref="Method"/> is <see cref="WeightMethod.Swing"/>.</summary>
    public SwingResult? Swing { get; init; }

    /// <summary>The scenario probabilities (case order, summing to 1), or null when not given.</summary>
    public IReadOnlyList<double>? Probabilities { get; init; }

    public string Note { get; init; } = "";
}

/// <summary>A panel of analysts for one case: everyone's inputs, in file-name order.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="Interests">The case's interest ids (the order of every weight vector).</param>
/// <param name="Scenarios">The case's scenario ids (the order of every probability vector).</param>
/// <param name="Analysts">The analysts, in the ordinal order of their file names.</param>
public sealed record Panel(string Case, IReadOnlyList<string> Interests, IReadOnlyList<string> Scenarios, IReadOnlyList<AnalystInput> Analysts)
{
    /// <summary>Whether the analysts gave weights (all do, or none).</summary>
    public bool HasWeights => Analysts.Count > 0 && Analysts[0].Weights is not null;

    /// <summary>Whether the analysts gave scenario probabilities (all do, or none).</summary>
    public bool HasProbabilities => Analysts.Count > 0 && Analysts[0].Probabilities is not null;
}
