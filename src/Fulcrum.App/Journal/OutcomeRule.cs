using Fulcrum.App.Journal.Internal;
using Fulcrum.App.Stores;
using Fulcrum.Decision;
using Fulcrum.Events.Store;
using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Journal;

/// <summary>
/// How a recorded outcome enters an examination: from its date on, the scenario that happened has
/// probability 1 and the others 0, and the probabilities' source says which outcome did it. Before
/// its date the outcome is not known (no look-ahead). Of several outcomes, the latest dated on or
/// before the as-of date decides.
/// </summary>
public static class OutcomeRule
{
    /// <summary>The outcome that decides case <paramref name="c"/> as of <paramref name="asOf"/>, or null.</summary>
    public static ScenarioOutcome? Deciding(Case c, IReadOnlyList<ScenarioOutcome> outcomes, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes
            .Where(o => o.CaseId == c.Id && o.Date <= asOf && c.Scenarios.Any(s => s.Id == o.Scenario))
            .OrderBy(o => o.Date).ThenBy(o => o.Id).LastOrDefault();
    }

    /// <summary>The probabilities with the deciding outcome applied, or null when no outcome decides.</summary>
    public static ScenarioProbabilities? Apply(Case c, IReadOnlyList<ScenarioOutcome> outcomes, DateOnly asOf)
    {
        if (Deciding(c, outcomes, asOf) is not { } o) return null;
        var pairs = c.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Id == o.Scenario ? 1.0 : 0.0)).ToList();
        return ScenarioProbabilities.From(c, pairs, o.Sentence, [$"outcome {o.Scenario}"]).Value;
    }

    /// <summary>The outcomes recorded in the store a request reads, of every case (none when there is no store there).</summary>
    internal static async Task<IReadOnlyList<ScenarioOutcome>> ReadAsync(IEventStoreFactory stores, StoreRef? store, CancellationToken cancellationToken)
    {
        if (store is null || !stores.Exists(store.Location)) return [];
        var opened = await JournalStore.OpenAsync(stores, store.Location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return [];
        using (open) return await JournalStore.OutcomesAsync(open.Journal, null, cancellationToken).ConfigureAwait(false);
    }
}
