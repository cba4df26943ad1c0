using Fulcrum.App.Balance;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Brief;

/// <summary>
/// Assembles a brief: examines the case, draws its balance sheet on the same scope, and — when the
/// scope's store exists and keeps a journal — reads the case's entries, says what changed since the
/// newest one and scores the forecasts against recorded outcomes. Nothing is written: the brief
/// compares with the journal, it does not add to it.
/// </summary>
public sealed class BriefService(ExamineService examine, BalanceService balance, JournalService journal, IEventStoreFactory stores)
{
    public async Task<Checked<BriefData>> AssembleAsync(BriefRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var examined = await examine.ExamineAsync(new ExamineRequest(request.Scope) { Draws = request.Draws, Seed = request.Seed, Cores = request.Cores },
            progress, cancellationToken).ConfigureAwait(false);
        if (examined.Value is not { } examination) return Checked<BriefData>.Failure(examined.Problems);
        // A case whose relations cannot be drawn still has a recommendation: the page says why the sheet is missing.
        var drawn = await balance.DrawAsync(new BalanceRequest(request.Scope), cancellationToken).ConfigureAwait(false);
        var read = await ReadJournalAsync(request, examination, cancellationToken).ConfigureAwait(false);
        if (read.Problems.Count > 0) return Checked<BriefData>.Failure(read.Problems);
        return Checked<BriefData>.Success(new BriefData(examination, drawn.Value, drawn.Value is null ? drawn.Problems : [], read.Journal));
    }

    /// <summary>The journal of the scope's store: none when no store is given and the default is absent; a named store must open.</summary>
    private async Task<(BriefJournal? Journal, IReadOnlyList<Problem> Problems)> ReadJournalAsync(BriefRequest request, Examination examination, CancellationToken cancellationToken)
    {
        if (request.Scope.Store is not { } store || (!store.Named && !stores.Exists(store.Location))) return (null, []);
        var caseId = examination.Identity.CaseId;
        var listed = await journal.ListAsync(store.Location, caseId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (listed.Value is not { } entries) return (null, listed.Problems);
        var last = entries.LastOrDefault(e => e.Body is not null);
        var sinceLast = JournalDiff.Between(last?.Id, last?.Body, JournalEntry.BodyOf(examination));
        var outcomes = await OutcomeRule.ReadAsync(stores, store, cancellationToken).ConfigureAwait(false);
        ForecastScores? scores = null;
        if (outcomes.Any(o => o.CaseId == caseId))
        {
            var scored = await journal.ScoreAsync(store.Location, caseId, cancellationToken).ConfigureAwait(false);
            if (scored.Value is null) return (null, scored.Problems);
            scores = scored.Value;
        }
        return (new BriefJournal(store.Location, entries, sinceLast, scores), []);
    }
}
