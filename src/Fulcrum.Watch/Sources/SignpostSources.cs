using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
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
/// from the case itself. A source
/// that cannot be read makes its signposts "no data", with the reason, rather than stopping the rest.
/// </summary>
public static class SignpostSources
{
    /// <summary>The data of every signpost of <paramref name="c"/>, by signpost id.</summary>
    /// <param name="c">The case.</param>
    /// <param name="caseDirectory">The folder of the case file (null for a built-in case: paths are then relative to the working folder).</param>
    /// <param name="store">The event store, for event indicators (null: they are "no data", saying the store is not open).</param>
    public static IReadOnlyDictionary<string, SignpostData> Load(Case c, string? caseDirectory, IEventStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        // The roll calls take longest to read (about 0.15 s): start them while the series files are read.
        var votes = c.Signposts.Any(s => s.Indicator is UnVoteIndicator) ? Task.Run(() => UnVoteData.BuiltIn) : null;
        var files = new Dictionary<string, Checked<SeriesSet>>(StringComparer.Ordinal);
        var data = new Dictionary<string, SignpostData>(StringComparer.Ordinal);
        foreach (var signpost in c.Signposts)
        {
            data[signpost.Id] = signpost.Indicator switch
            {
                ManualIndicator => SignpostData.Manual,
                SeriesIndicator s => FromFile(s, caseDirectory, files),
                UnVoteIndicator u => FromUnVotes(u, votes!.Result),
                EventIndicator e => FromStore(e, store, c.AsOf),
                _ => SignpostData.Unavailable(signpost.Indicator.GetType().Name, "indicator of an unknown kind"),
            };
        }
        return data;
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

    private static SignpostData FromStore(EventIndicator e, IEventStore? store, DateOnly asOf)
    {
        var origin = Describe(e);
        if (store is null) return SignpostData.Unavailable(origin, "the event store is not open: give --db PATH with the events ingested (fulcrum ingest)");
        if (DyadMeasures.Parse(e.Measure) is not { } measure) return SignpostData.Unavailable(origin, $"'{e.Measure}' is not a measure of the dyad command");
        var query = QueryOf(e, asOf);
        if (query.Validate() is [var problem, ..]) return SignpostData.Unavailable(origin, problem);
        var series = StoreSeries.Load(store, query, measure, out var events);
        return events == 0
            ? SignpostData.Unavailable(origin, $"the store ({store.Location}) holds no {e.ActorA}-{e.ActorB} events up to {asOf:yyyy-MM-dd}")
            : SignpostData.Of(origin, series, new StoreEvidence(store, query));
    }

    private static SignpostData FromFile(SeriesIndicator indicator, string? caseDirectory, Dictionary<string, Checked<SeriesSet>> files)
    {
        var origin = $"{indicator.File} {indicator.Series}";
        var path = indicator.File.StartsWith("builtin:", StringComparison.Ordinal) || caseDirectory is null
            ? indicator.File
            : Path.Combine(caseDirectory, indicator.File);
        if (!files.TryGetValue(path, out var set)) files[path] = set = SeriesSources.Open(path);
        if (set.Value is not { } ok) return SignpostData.Unavailable(origin, $"{indicator.File} cannot be read: {First(set.Problems)}");
        var series = ok.Find(indicator.Series) ?? ok.Find(Reversed(indicator.Series));
        return series is null
            ? SignpostData.Unavailable(origin, $"{indicator.File} has no series '{indicator.Series}'")
            : SignpostData.Of(origin, series);
    }

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

    private static string Reversed(string name) => name.Split('-') is [var a, var b] ? $"{b}-{a}" : name;

    private static string First(IReadOnlyList<Problem> problems) =>
        problems.Count == 0 ? "unknown problem" : problems[0].ToString() + (problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "");
}
