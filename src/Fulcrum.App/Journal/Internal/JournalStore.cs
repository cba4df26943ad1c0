using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.App.Journal.Internal;

/// <summary>Opens the store a journal request names and gives its journal.</summary>
internal static class JournalStore
{
    /// <summary>The store at <paramref name="location"/> and its journal; reading needs an existing store, writing creates one.</summary>
    public static async Task<Checked<OpenJournal>> OpenAsync(IEventStoreFactory stores, string location, StoreAccess access, CancellationToken cancellationToken)
    {
        if (access == StoreAccess.ReadOnly && !stores.Exists(location))
            return Checked<OpenJournal>.Failure([Problem.About(Core.Problems.Subjects.Store, $"no event store at {location}, so no journal", "journal an examination first, or give the store that holds the journal")]);
        var opened = await StoreOpener.OpenAsync(stores, location, access, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { Store: { } store }) return Checked<OpenJournal>.Failure(opened.Problems);
        if (store is not IJournal journal)
        {
            store.Dispose();
            return Checked<OpenJournal>.Failure([Problem.About(Core.Problems.Subjects.Store, $"the store at {location} keeps no journal", "give an event store file, which keeps the journal beside the events")]);
        }
        return Checked<OpenJournal>.Success(new OpenJournal(store, journal));
    }

    /// <summary>The outcomes recorded for a case (null: every case), oldest first.</summary>
    public static async Task<IReadOnlyList<ScenarioOutcome>> OutcomesAsync(IJournal journal, string? caseId, CancellationToken cancellationToken)
    {
        var records = await journal.JournalAsync(new JournalQuery(JournalKind.Outcome, caseId), cancellationToken).ConfigureAwait(false);
        var outcomes = new List<ScenarioOutcome>();
        foreach (var r in records)
            if (JournalJson.Read<OutcomeBody>(r.Body) is { Scenario: not null } b)
                outcomes.Add(new ScenarioOutcome(r.Id, b.CaseId, b.Scenario, b.Date, b.Note, r.Time));
        return outcomes;
    }
}

/// <summary>A store opened for its journal, closed when the request is done.</summary>
internal sealed record OpenJournal(IEventStore Store, IJournal Journal) : IDisposable
{
    public void Dispose() => Store.Dispose();
}
