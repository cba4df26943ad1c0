using Fulcrum.App.Cases;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Swings;
using Fulcrum.Elicitation.Weights;

namespace Fulcrum.App.Weights;

/// <summary>The AHP weights elicited, from a file or a session, and the copy of the case written with them.</summary>
/// <param name="Result">Weights (eigenvector and geometric mean), λmax, CI, CR and the revisions that most reduce CR.</param>
/// <param name="Case">The case whose interests were weighed; null when a file was read on its own.</param>
/// <param name="File">The judgement file read; null for an interactive session.</param>
/// <param name="Copy">The weighted copy written; null when none was asked for.</param>
public sealed record AhpElicitation(AhpResult Result, LoadedCase? Case, string? File, CaseCopy? Copy);

/// <summary>The swing weights elicited, from a file or a session, and the copy of the case written with them.</summary>
/// <param name="Result">The weights and the ratings behind them.</param>
/// <param name="Case">The case whose interests were weighed; null when a file was read on its own.</param>
/// <param name="File">The rating file read; null for an interactive session.</param>
/// <param name="Copy">The weighted copy written; null when none was asked for.</param>
public sealed record SwingElicitationResult(SwingResult Result, LoadedCase? Case, string? File, CaseCopy? Copy);

/// <summary>A copy of a case written with elicited weights.</summary>
/// <param name="Path">Where it was written.</param>
/// <param name="From">The case it copies (<c>builtin:NAME</c> or the path given).</param>
/// <param name="Weights">The weights written (point, or range around the point), with their source.</param>
/// <param name="Written">The copy's text, its loaded case and each edit (line, column, before, after).</param>
public sealed record CaseCopy(string Path, string From, ElicitedWeights Weights, WeightedCase Written);
