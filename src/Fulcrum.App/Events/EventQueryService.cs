using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Reference;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Events;

/// <summary>What the event store holds, asked directly: dyad series, rejected rows, exports.</summary>
public sealed class EventQueryService(IEventStoreFactory stores)
{
    /// <summary>A dyad's relation per period (every measure), from the store.</summary>
    public Task<Checked<DyadSeries>> DyadAsync(string store, DyadQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Check() is { Count: > 0 } problems) return Task.FromResult(Checked<DyadSeries>.Failure(problems));
        var canonical = query.Canonical();
        return WithStoreAsync(store, async s =>
        {
            var series = await s.DyadAsync(canonical, cancellationToken).ConfigureAwait(false);
            return series with { Warnings = await ActorWarningsAsync(s, [canonical.ActorA, canonical.ActorB], Subjects.Dyad, cancellationToken).ConfigureAwait(false) };
        }, cancellationToken);
    }

    /// <summary>A warning for each code that is a typo (no CAMEO code, in no event) or a spelling the store does not use.</summary>
    internal static async Task<IReadOnlyList<Problem>> ActorWarningsAsync(IEventStore store, IEnumerable<string> codes, string subject, CancellationToken cancellationToken)
    {
        var inStore = await store.ActorCountryCodesAsync(cancellationToken).ConfigureAwait(false);
        return [.. codes.Distinct(StringComparer.Ordinal).Select(c => ActorCodes.Check(c, inStore, subject)).OfType<Problem>()];
    }

    /// <summary>The events of a dyad between two dates (the period behind one point of its series), most mentioned first, and how many match.</summary>
    public Task<Checked<EvidencePage>> EventsAsync(string store, EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<Problem>(query.Dyad.Check());
        if (query.From > query.To)
            problems.Add(Problem.About(Subjects.From, $"{{from}} {query.From:yyyy-MM-dd} is after {{to}} {query.To:yyyy-MM-dd}", "swap them"));
        if (query.Limit < 1) problems.Add(Problem.About(Subjects.Limit, $"a limit of {query.Limit}", "give 1 or more"));
        if (problems.Count > 0) return Task.FromResult(Checked<EvidencePage>.Failure(problems));
        return WithStoreAsync(store, s => s.EventsAsync(query, cancellationToken), cancellationToken);
    }

    /// <summary>The rows ingest rejected, and why.</summary>
    public Task<Checked<RejectPage>> RejectsAsync(string store, RejectQuery query, CancellationToken cancellationToken = default) =>
        WithStoreAsync(store, s => s.RejectsAsync(query, cancellationToken), cancellationToken);

    /// <summary>The store's events (or those the request picks) as CSV or Parquet.</summary>
    public Task<Checked<ExportResult>> ExportAsync(string store, ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Problem>();
        var bad = (request.Actors ?? []).Where(c => c.Length != 3 || !c.All(char.IsAsciiLetterUpper)).ToList();
        if (bad.Count > 0) problems.Add(Problem.About(Subjects.Actors, $"not CAMEO country codes: {string.Join(", ", bad)}", "three capital letters each, e.g. ISR USA RUS"));
        if (request.From > request.To)
            problems.Add(Problem.About(Subjects.From, $"{{from}} {request.From:yyyy-MM-dd} is after {{to}} {request.To:yyyy-MM-dd}", "swap them"));
        if (problems.Count > 0) return Task.FromResult(Checked<ExportResult>.Failure(problems));
        return WithStoreAsync(store, async s =>
        {
            var result = await s.ExportAsync(request, cancellationToken).ConfigureAwait(false);
            return result with { Warnings = await ActorWarningsAsync(s, request.Actors ?? [], Subjects.Actors, cancellationToken).ConfigureAwait(false) };
        }, cancellationToken);
    }

    private async Task<Checked<T>> WithStoreAsync<T>(string location, Func<IEventStore, Task<T>> work, CancellationToken cancellationToken) where T : class
    {
        var opened = await StoreOpener.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { Store: { } store } holder) return Checked<T>.Failure(opened.Problems);
        using (holder) return Checked<T>.Success(await work(store).ConfigureAwait(false));
    }
}
