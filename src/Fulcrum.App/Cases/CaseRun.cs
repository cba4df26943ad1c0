using Fulcrum.App.Identity;
using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Cases;

/// <summary>
/// One request's case and the data sources it reads: the loaded case, the store (when the case
/// needs one), the series catalog with this run's bindings, and the as-of date. Shared by the
/// signposts, the examination and the balance sheet so that each reads its data the same way.
/// </summary>
internal sealed class CaseRun : IDisposable
{
    private readonly OpenedStore _store;

    private CaseRun(LoadedCase loaded, OpenedStore store, SeriesCatalog catalog, DateOnly asOf)
    {
        Loaded = loaded;
        _store = store;
        Catalog = catalog;
        AsOf = asOf;
    }

    public LoadedCase Loaded { get; }

    public Scenario.Model.Case Case => Loaded.Case;

    public Fulcrum.Events.Store.IEventStore? Store => _store.Store;

    public SeriesCatalog Catalog { get; }

    public DateOnly AsOf { get; }

    /// <summary>Loads the case, checks the bindings, and opens the store when <paramref name="needsStore"/> says the case reads it.</summary>
    public static async Task<Checked<CaseRun>> OpenAsync(
        CaseService cases, IEventStoreFactory stores, CaseScope scope, Func<Scenario.Model.Case, bool> needsStore, CancellationToken cancellationToken)
    {
        if (scope.Session is { } held) return Checked<CaseRun>.Success(held.At(scope.AsOf ?? held.Case.AsOf));
        var loaded = cases.Load(scope.Case);
        if (loaded.Value is not { } l) return Checked<CaseRun>.Failure(loaded.Problems);
        var catalog = new SeriesCatalog(l.Folder, scope.Sources);
        var named = SignpostSources.SourcesNamed(l.Case).Concat(RelationSources.SourcesNamed(l.Case)).ToHashSet(StringComparer.Ordinal);
        if (catalog.CheckBindings(named) is { Count: > 0 } problems) return Checked<CaseRun>.Failure(problems);
        var store = await StoreOpener.ForCaseAsync(stores, scope.Store, needsStore(l.Case), cancellationToken).ConfigureAwait(false);
        if (store.Value is not { } s) return Checked<CaseRun>.Failure(store.Problems);
        return Checked<CaseRun>.Success(new CaseRun(l, s, catalog, scope.AsOf ?? l.Case.AsOf));
    }

    /// <summary>
    /// The problem when the as-of date is after the case's own as_of and the data read do not reach
    /// it: a case may be judged later than it was written only on data that reach that far.
    /// </summary>
    public Problem? AsOfBeyondData(DateOnly? through, string what)
    {
        if (AsOf <= Case.AsOf || (through is { } t && t >= AsOf)) return null;
        var reach = through is { } d ? $"the {what} read reach {d:yyyy-MM-dd}" : $"no {what} were read";
        return Problem.About(Subjects.AsOf,
            $"{{as_of}} {AsOf:yyyy-MM-dd} is after the case's as_of {Case.AsOf:yyyy-MM-dd}, and {reach}",
            "give a date the data reach, or read newer data with {source} NAME=FILE");
    }

    /// <summary>This run as of another date, sharing its case, store and series (a replay reads them once); disposing it leaves them open.</summary>
    public CaseRun At(DateOnly asOf) => new(Loaded, OpenedStore.Borrow(Store), Catalog, asOf);

    /// <summary>What this run read, for its identity.</summary>
    public async Task<DataRead> DataReadAsync(DateOnly? through, CancellationToken cancellationToken) =>
        new(Store is { } s ? await StoreRead.OfAsync(s, cancellationToken).ConfigureAwait(false) : null,
            [.. Catalog.Read], [.. Catalog.Bindings], through);

    public void Dispose() => _store.Dispose();
}

/// <summary>What every case request shares: the case, the store, the as-of date and the source bindings.</summary>
/// <param name="Case">The case.</param>
/// <param name="Store">The event store (null: none; the default store is read only when it exists).</param>
/// <param name="AsOf">The date to judge as of (null: the case's as_of).</param>
/// <param name="Sources">Sources to read instead of the case's own.</param>
public sealed record CaseScope(CaseRef Case, StoreRef? Store = null, DateOnly? AsOf = null, IReadOnlyList<SourceBinding>? Sources = null)
{
    public IReadOnlyList<SourceBinding> Sources { get; init; } = Sources ?? [];

    /// <summary>A run already open (a replay's): requests with this scope judge it as of their date instead of loading the case and data again.</summary>
    internal CaseRun? Session { get; init; }
}
