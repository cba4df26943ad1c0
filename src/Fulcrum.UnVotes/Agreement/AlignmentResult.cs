namespace Fulcrum.UnVotes.Agreement;

/// <summary>The rows of an alignment query, with the countries it resolved to and the years it covers.</summary>
public sealed record AlignmentResult(UnCountry A, UnCountry B, AlignmentQuery Query, int FromYear, int ToYear, IReadOnlyList<AlignmentRow> Rows);
