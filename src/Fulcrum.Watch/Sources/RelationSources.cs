using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Scenario.Model;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;
using Fulcrum.Watch.Balance;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// Loads the series of the balance sheet (its I/O edge): the fast measure named by the case's
/// <c>relations.fast</c> (<c>builtin:gdelt-dyads</c> or a CSV path relative to the case file, with
/// series named <c>FOCAL-POWER</c> either way round; or <c>store:MEASURE</c>, the event store's daily
/// undirected dyad series up to as_of) and the slow one, <c>relations.slow</c>, from
/// the UN votes shipped with the program. A power without a series is said to be missing, with the reason.
/// </summary>
public static class RelationSources
{
    public const string StorePrefix = "store:";

    /// <summary>The fast measure of each power, with the data up to <paramref name="asOf"/>.</summary>
    /// <param name="c">The case.</param>
    /// <param name="catalog">Opens the case's series source (with this run's bindings) and records what it read.</param>
    /// <param name="store">The event store, for <c>store:MEASURE</c> (null: the measure is missing, saying the store is not open).</param>
    /// <param name="asOf">The last date whose data may be used.</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public static async Task<RelationInput> FastAsync(Case c, SeriesCatalog catalog, IEventStore? store, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(catalog);
        var source = c.Relations.Fast;
        if (source.StartsWith(StorePrefix, StringComparison.Ordinal)) return await FromStoreAsync(c, source, store, asOf, cancellationToken).ConfigureAwait(false);
        // Each power's series is checked alone: a gap in another series of the file does not matter.
        var name = catalog.Resolve(source) is (var path, true) ? path : source;
        return new RelationInput(source, [.. c.Powers.Select(p => catalog.Find(source, $"{c.Focal}-{p}", null, GapHint) switch
        {
            null => new PowerSeries(p, null, $"{source} has no series {c.Focal}-{p} or {p}-{c.Focal}"),
            { Value: { } s } => new PowerSeries(p, s),
            var refused => new PowerSeries(p, null, $"{name} cannot be read: {refused.Problems.FirstOrDefault()?.ToString() ?? "unknown problem"}"),
        })]);
    }

    private const string GapHint = "the fast relation is standardised over consecutive periods: fill the missing periods in the file (0 where nothing happened), or read the event store (relations.fast: store:MEASURE), which knows what its files cover";

    /// <summary>The series source the fast relation names (a file or built-in series), or none when it reads the store.</summary>
    public static IReadOnlyCollection<string> SourcesNamed(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Relations.Fast.StartsWith(StorePrefix, StringComparison.Ordinal) ? [] : [c.Relations.Fast];
    }

    /// <summary>The slow measure of each power: the case's UN-vote measure per calendar year (years with fewer than 10 common votes left out).</summary>
    public static RelationInput Slow(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var data = UnVoteData.BuiltIn;
        var measure = $"UN General Assembly {c.Relations.Slow} (shipped roll calls {data.RollCalls[0].Date:yyyy-MM-dd} to {data.RollCalls[^1].Date:yyyy-MM-dd})";
        if (!AlignmentMeasures.TryParse(c.Relations.Slow, out var m))
            return Missing(c, measure, $"'{c.Relations.Slow}' is not a UN-vote measure");
        return new RelationInput(measure, [.. c.Powers.Select(p =>
        {
            var series = AlignmentSeries.Build(data, new AlignmentQuery(c.Focal, p), m, $"unvotes:{c.Focal}-{p}:{c.Relations.Slow}");
            return series.Value is { } s ? new PowerSeries(p, s) : new PowerSeries(p, null, series.Problems.FirstOrDefault()?.Message ?? "no data");
        })]);
    }

    private static async Task<RelationInput> FromStoreAsync(Case c, string source, IEventStore? store, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (store is null) return Missing(c, source, SignpostSources.StoreNotOpen);
        if (DyadMeasures.Parse(source[StorePrefix.Length..]) is not { } measure)
            return Missing(c, source, $"'{source[StorePrefix.Length..]}' is not a measure of the dyad command");
        var measureText = $"store {measure.Name()} ({store.Location})";
        var powers = new List<PowerSeries>();
        foreach (var p in c.Powers)
        {
            var (series, events) = await StoreSeries.LoadAsync(store, new DyadQuery { ActorA = c.Focal, ActorB = p, By = Period.Day, To = asOf }, measure, cancellationToken).ConfigureAwait(false);
            powers.Add(events > 0 ? new PowerSeries(p, series) : new PowerSeries(p, null, $"the store holds no {c.Focal}-{p} events up to {asOf:yyyy-MM-dd}"));
        }
        return new RelationInput(measureText, powers, StoreSeries.IsLevel(measure) ? WeekAggregate.Mean : WeekAggregate.Sum);
    }

    private static RelationInput Missing(Case c, string measure, string why) =>
        new(measure, [.. c.Powers.Select(p => new PowerSeries(p, null, why))]);
}
