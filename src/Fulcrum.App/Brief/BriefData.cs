using Fulcrum.App.Balance;
using Fulcrum.App.Examine;
using Fulcrum.App.Identity;
using Fulcrum.App.Journal;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Brief;

/// <summary>
/// Everything one page for a minister shows: the examination (recommendation, options,
/// sensitivities, signposts), the balance sheet, what changed since the case's last journal entry,
/// the journal's history and its forecast scores.
/// </summary>
/// <param name="Examination">The examination of the case as of the date.</param>
/// <param name="Balance">The balance sheet; null when it could not be drawn (<paramref name="BalanceProblems"/> say why).</param>
/// <param name="BalanceProblems">Why the balance sheet is missing (empty when it is drawn).</param>
/// <param name="Journal">The journal read, or null when the scope names no store that keeps one.</param>
public sealed record BriefData(Examination Examination, BalanceOutcome? Balance, IReadOnlyList<Problem> BalanceProblems, BriefJournal? Journal)
{
    /// <summary>Everything the brief read (the examination's sources and the balance sheet's); null: the examination's own.</summary>
    public DataRead? Read { get; init; }
}

/// <summary>What the journal says about the case.</summary>
/// <param name="Location">The store that keeps the journal.</param>
/// <param name="Entries">The case's journalled examinations, oldest first.</param>
/// <param name="SinceLast">What changed from the newest entry to this examination (its first entry's sentence when there is none).</param>
/// <param name="Scores">The forecasts' scores against recorded outcomes; null when no outcome is recorded.</param>
public sealed record BriefJournal(string Location, IReadOnlyList<JournalEntry> Entries, JournalDiff SinceLast, ForecastScores? Scores);
