namespace Fulcrum.UnVotes;

/// <summary>
/// A country as Fulcrum names it (its actor code) and the rows of the UN data behind it: most
/// codes have one, a few have two (DEU: the Federal Republic, then Germany; YEM: the Yemen Arab
/// Republic, then Yemen), and one data row serves two codes by year (Yugoslavia: YUG to 1992, SRB from 2000).
/// </summary>
/// <param name="Code">The actor code (CAMEO; ISO 3166-1 alpha-3 for nearly every state).</param>
/// <param name="Name">The name of its latest row in the data.</param>
/// <param name="Members">The data rows, with the years each applies to.</param>
public sealed record UnCountry(string Code, string Name, IReadOnlyList<UnCountryRow> Members)
{
    /// <summary>Notes on how the code maps to the data (continuity of seats, renamed codes), one per row that has one.</summary>
    public IEnumerable<string> Notes => Members.Select(m => m.Note).Where(n => n.Length > 0);
}

/// <summary>One country row of the vote data, as part of an <see cref="UnCountry"/>.</summary>
/// <param name="Index">The row's index in <see cref="UnVoteData.RowNames"/>.</param>
/// <param name="DataName">The country's name in the vote data.</param>
/// <param name="Cow">Its Correlates of War code (links to the ideal points), or 0 when it has none.</param>
/// <param name="FromYear">The first year this row counts for the code (inclusive).</param>
/// <param name="ToYear">The last year (inclusive).</param>
/// <param name="Note">How the mapping is handled, when it is not plain.</param>
public sealed record UnCountryRow(int Index, string DataName, int Cow, int FromYear, int ToYear, string Note)
{
    public bool Covers(int year) => year >= FromYear && year <= ToYear;
}
