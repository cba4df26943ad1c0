using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection.Reading;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Scenario.Model;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// Loads what a case's signposts are judged on (the I/O edge of <see cref="SignpostBoard"/>):
/// each series file once (a path relative to the case file's folder, or <c>builtin:gdelt-dyads</c>),
/// UN-vote alignment from the shipped roll calls, event queries from the event store (up to the
/// case's as_of, with the store as the source of the events behind an alarm), manual observations
/// from the case itself. A series file is read once and only the series read are checked, each by
/// its indicator's gap policy. A source that cannot be read makes its signposts "no data" with the
/// reason, and is kept in the catalog's <see cref="SeriesCatalog.Problems"/>: the services make it an error.
/// </summary>
public static class SignpostSources
{
    /// <summary>The data of every signpost of <paramref name="c"/>, by signpost id.</summary>
    /// <param name="c">The case.</param>
    /// <param name="catalog">Opens the series files the case names (with this run's bindings), once each, and records what it read.</param>
    /// <param name="store">The event store, for event indicators (null: they are "no data", saying the store is not open).</param>
    /// <param name="asOf">The date the signposts are judged at: store queries stop there.</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public static async Task<IReadOnlyDictionary<string, SignpostData>> LoadAsync(Case c, SeriesCatalog catalog, IEventStore? store, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(catalog);
        // The roll calls take longest to read (about 0.15 s): start them while the series files are read.
        var votes = c.Signposts.Any(s => s.Indicator is UnVoteIndicator) ? Task.Run(() => UnVoteData.BuiltIn, cancellationToken) : null;
        var data = new Dictionary<string, SignpostData>(StringComparer.Ordinal);
        foreach (var signpost in c.Signposts)
        {
            data[signpost.Id] = signpost.Indicator switch
            {
                ManualIndicator => SignpostData.Manual,
                SeriesIndicator s => FromFile(s, catalog),
                UnVoteIndicator u => FromUnVotes(u, await votes!.ConfigureAwait(false)),
                EventIndicator e => await FromStoreAsync(e, store, asOf, cancellationToken).ConfigureAwait(false),
                _ => SignpostData.Unavailable(signpost.Indicator.GetType().Name, "indicator of an unknown kind"),
            };
        }
        return data;
    }

    /// <summary>The series sources the case's signposts name (files and built-in series), for checking bindings.</summary>
    public static IReadOnlyCollection<string> SourcesNamed(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return [.. c.Signposts.Select(s => s.Indicator).OfType<SeriesIndicator>().Select(s => s.File).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>An event indicator in words: <c>store ISR-USA goldstein_sum by day</c>.</summary>
    public static string Describe(EventIndicator e) =>
        $"store {e.ActorA}{(e.Directed ? ">" : "-")}{e.ActorB} {e.Measure}{(e.Roots.Count > 0 ? $" roots {string.Join(",", e.Roots)}" : "")} by {e.By}";

    /// <summary>The query an event indicator makes, up to <paramref name="asOf"/>.</summary>
    public static DyadQuery QueryOf(EventIndicator e, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new DyadQuery
        {
            ActorA = e.ActorA,
            ActorB = e.ActorB,
            Directed = e.Directed,
            By = e.By == "week" ? Period.Week : Period.Day,
            Roots = e.Roots,
            To = asOf,
        };
    }

    /// <summary>Why a store-backed input has no data when no store is open, in the domain's words.</summary>
    public const string StoreNotOpen = "the event store is not open: name a store with the events ingested";

    private static async Task<SignpostData> FromStoreAsync(EventIndicator e, IEventStore? store, DateOnly asOf, CancellationToken cancellationToken)
    {
        var origin = Describe(e);
        if (store is null) return SignpostData.Unavailable(origin, StoreNotOpen);
        if (DyadMeasures.Parse(e.Measure) is not { } measure) return SignpostData.Unavailable(origin, $"'{e.Measure}' is not a measure of the dyad command");
        var query = QueryOf(e, asOf);
        if (query.Check() is [var problem, ..]) return SignpostData.Unavailable(origin, problem.Message);
        var (series, events) = await StoreSeries.LoadAsync(store, query, measure, cancellationToken).ConfigureAwait(false);
        return events == 0
            ? SignpostData.Unavailable(origin, $"the store ({store.Location}) holds no {e.ActorA}-{e.ActorB} events up to {asOf:yyyy-MM-dd}")
            : SignpostData.Of(origin, series, new StoreEvidence(store, query));
    }

    private static SignpostData FromFile(SeriesIndicator indicator, SeriesCatalog catalog)
    {
        // Messages name the source as the case does, or the file a binding put in its place.
        var (path, rebound) = catalog.Resolve(indicator.File);
        var name = rebound ? path : indicator.File;
        var origin = $"{name} {indicator.Series}";
        // Only this series is checked (its gaps by the indicator's policy): another series' gaps do not matter.
        var found = catalog.Find(indicator.File, indicator.Series, new SeriesSourceOptions { Gaps = PolicyOf(indicator.Gaps) },
            $"say on the signpost's indicator in the case file what a missing period of {indicator.Series} means: gaps: zero (nothing happened: event counts and sums) or gaps: skip (judge on the points present)");
        return found switch
        {
            null => SignpostData.Unavailable(origin, $"{name} has no series '{indicator.Series}'"),
            { Value: { } series } => SignpostData.Of(origin, series),
            _ => SignpostData.Unavailable(origin, $"{name} cannot be read: {First(found.Problems)}"),
        };
    }

    private static GapPolicy? PolicyOf(SeriesGaps? gaps) => gaps switch
    {
        SeriesGaps.Zero => GapPolicy.Zero,
        SeriesGaps.Skip => GapPolicy.Skip,
        SeriesGaps.Error => GapPolicy.Error,
        _ => null,
    };

    private static SignpostData FromUnVotes(UnVoteIndicator indicator, UnVoteData votes)
    {
        var origin = $"{SeriesSources.UnVotesPrefix}{indicator.A}-{indicator.B} {indicator.Measure}" +
            (indicator.Important ? " important" : "") + (indicator.Issue is { } i ? $" issue {i}" : "");
        if (!AlignmentMeasures.TryParse(indicator.Measure, out var measure))
            return SignpostData.Unavailable(origin, $"'{indicator.Measure}' is not a UN-vote measure");
        var issues = indicator.Issue is { } code && UnIssueCodes.TryParse(code, out var issue) ? new[] { issue } : [];
        var query = new AlignmentQuery(indicator.A, indicator.B) { ImportantOnly = indicator.Important, Issues = issues };
        var series = AlignmentSeries.Build(votes, query, measure, origin);
        return series.Value is { } s ? SignpostData.Of(origin, s) : SignpostData.Unavailable(origin, First(series.Problems));
    }

    private static string First(IReadOnlyList<Problem> problems) =>
        problems.Count == 0 ? "unknown problem" : problems[0].ToString() + (problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "");
}
