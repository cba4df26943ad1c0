using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Weights;

/// <summary>A copy of a case with new weights: its text, the case it loads to, and each edit made.</summary>
/// <param name="Text">The new case text: the original with only the weight values replaced.</param>
/// <param name="Case">The copy, loaded back by <see cref="Scenario.Loading.CaseLoader"/> and checked to carry the new weights.</param>
/// <param name="Edits">One edit per interest, in the file's order.</param>
public sealed record WeightedCase(string Text, Case Case, IReadOnlyList<WeightEdit> Edits);

/// <summary>One weight replaced: where (the original's 1-based line and column), what it was and what it is.</summary>
public sealed record WeightEdit(string Interest, int Line, int Column, string Before, string After);
