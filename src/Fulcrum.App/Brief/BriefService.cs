using Fulcrum.App.Balance;
using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal;
using Fulcrum.App.Signposts;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Brief;

/// <summary>
/// Assembles a brief: examines the case, draws its balance sheet on the same scope, and — when the
/// scope's store exists and keeps a journal — reads the case's entries, says what changed since the
/// newest one and scores the forecasts against recorded outcomes. The case and its data are read
/// once for all of it. Nothing is written: the brief compares with the journal, it does not add to it.
/// </summary>
public sealed class BriefService(CaseService cases, ExamineService examine, BalanceService balance, JournalService journal, IEventStoreFactory stores)
{
    public async Task<Checked<BriefData>> AssembleAsync(BriefRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Read once: the case, its series and the store are opened here and shared by the examination
        // and the balance sheet (a session, as a replay shares them), and the outcomes are read once.
        var outcomes = await OutcomeRule.ReadAsync(stores, request.Scope.Store, cancellationToken).ConfigureAwait(false);
        var opened = await CaseRun.OpenAsync(cases, stores, request.Scope, c => SignpostService.NeedsStore(c) || BalanceService.NeedsStore(c), cancellationToken)
            .ConfigureAwait(false);
        if (opened.Value is not { } session) return Checked<BriefData>.Failure(opened.Problems);
        using (session)
        {
            var scope = request.Scope with { Session = session };
            var examined = await examine.ExamineAsync(new ExamineRequest(scope) { Draws = request.Draws, Seed = request.Seed, Cores = request.Cores, Outcomes = outcomes },
                progress, cancellationToken).ConfigureAwait(false);
            if (examined.Value is not { } examination) return Checked<BriefData>.Failure(examined.Problems);
            // A case whose relations cannot be drawn still has a recommendation: the page says why the sheet is missing.
            var drawn = await balance.DrawAsync(new BalanceRequest(scope), cancellationToken).ConfigureAwait(false);
            var read = await ReadJournalAsync(request, examination, outcomes, cancellationToken).ConfigureAwait(false);
            if (read.Problems.Count > 0) return Checked<BriefData>.Failure(read.Problems);
            var data = await session.DataReadAsync(examination.Identity.Data.Through, cancellationToken).ConfigureAwait(false);
            return Checked<BriefData>.Success(new BriefData(examination, drawn.Value, drawn.Value is null ? drawn.Problems : [], read.Journal) { Read = data });
        }
    }

    /// <summary>The journal of the scope's store: none when no store is given and the default is absent; a named store must open.</summary>
    private async Task<(BriefJournal? Journal, IReadOnlyList<Problem> Problems)> ReadJournalAsync(
        BriefRequest request, Examination examination, IReadOnlyList<ScenarioOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (request.Scope.Store is not { } store || (!store.Named && !stores.Exists(store.Location))) return (null, []);
        var caseId = examination.Identity.CaseId;
        var listed = await journal.ListAsync(store.Location, caseId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (listed.Value is not { } entries) return (null, listed.Problems);
        var last = entries.LastOrDefault(e => e.Body is not null);
        var sinceLast = JournalDiff.Between(last?.Id, last?.Body, JournalEntry.BodyOf(examination));
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
