using Fulcrum.App.Cases;
using Fulcrum.App.Journal.Internal;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.App.Journal;

/// <summary>One outcome to record: the case, the store that keeps its journal, the scenario that happened, when, and a note.</summary>
public sealed record OutcomeRequest(CaseRef Case, string Store, string Scenario, DateOnly Date, string? Note = null);

/// <summary>
/// Records what happened — a scenario of a case resolved on a date — in the journal, append-only:
/// from that date on, examinations give it probability 1 (see <see cref="OutcomeRule"/>) and forecast
/// scores judge the journal's earlier forecasts against it.
/// </summary>
public sealed class OutcomeService(CaseService cases, IEventStoreFactory stores, TimeProvider time)
{
    public async Task<Checked<ScenarioOutcome>> RecordAsync(OutcomeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = cases.Load(request.Case);
        if (loaded.Value is not { } l) return Checked<ScenarioOutcome>.Failure(loaded.Problems);
        if (l.Case.Scenarios.All(s => s.Id != request.Scenario))
            return Checked<ScenarioOutcome>.Failure([Problem.About(JournalSubjects.Scenario, $"case {l.Case.Id} has no scenario '{request.Scenario}'",
                $"its scenarios are: {string.Join(", ", l.Case.Scenarios.Select(s => s.Id))}")]);
        var opened = await JournalStore.OpenAsync(stores, request.Store, StoreAccess.Writable, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<ScenarioOutcome>.Failure(opened.Problems);
        using (open) return Checked<ScenarioOutcome>.Success(await RecordAsync(open.Journal, l, request.Scenario, request.Date, request.Note, time.GetUtcNow(), cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<ScenarioOutcome> RecordAsync(IJournal journal, LoadedCase l, string scenario, DateOnly date, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = new OutcomeBody(l.Case.Id, scenario, date, note);
        var record = await journal.AppendAsync(new JournalDraft(JournalKind.Outcome, now, date, l.Case.Id, l.Sha256, JournalJson.Write(body)), cancellationToken).ConfigureAwait(false);
        return new ScenarioOutcome(record.Id, l.Case.Id, scenario, date, note, record.Time);
    }
}
