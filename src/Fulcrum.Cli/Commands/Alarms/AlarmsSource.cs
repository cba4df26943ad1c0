using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.Events.Dyads;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>The series an alarms run works on, where their evidence events come from (none for files), and what to close after.</summary>
public sealed record AlarmsInput(string Source, IReadOnlyList<Series> Series, IEvidenceSource? Evidence, IDisposable? Owner = null) : IDisposable
{
    public void Dispose() => Owner?.Dispose();
}

/// <summary>
/// Where <c>fulcrum alarms</c> gets its series: <c>--series</c> (a file, builtin:gdelt-dyads,
/// unvotes:A-B) or <c>--dyad A B [--measure M] [--db]</c>, the event store's dyad series with the
/// store as the source of the events behind each alarm.
/// </summary>
public static class AlarmsSource
{
    public static AlarmsInput Load(CommandContext context, AlarmsOptions options)
    {
        if (context.Value(options.Dyad) is { Length: > 0 } dyad) return FromStore(context, options, dyad);
        if (context.Value(options.Measure) is not null)
            throw new InputException(new Problem("--measure", 0, 0, "--measure is a setting of --dyad", "give --dyad A B, or drop --measure"));
        var source = context.Value(options.Series);
        if (string.IsNullOrEmpty(source))
            throw new InputException(new Problem("", 0, 0, "no series given", "give --series FILE, --series builtin:gdelt-dyads, --series unvotes:ISR-RUS or --dyad ISR USA (the event store)"));
        var set = SeriesSources.Open(source, new SeriesSourceOptions
        {
            Gaps = context.Value(options.Gaps) switch { "error" => GapPolicy.Error, "zero" => GapPolicy.Zero, "skip" => GapPolicy.Skip, _ => null },
            Polarity = context.Value(options.Higher) switch { "better" => Polarity.HigherIsBetter, "worse" => Polarity.HigherIsWorse, _ => null },
        }).ValueOrThrow();
        context.Milestone($"read {set.Series.Count} series from {source}");
        return new AlarmsInput(source, Select(set, context.Value(options.Name) ?? []), Evidence: null);
    }

    /// <summary>--dyad A B: the store's series of the measure, by day or (--by week) by ISO week, up to --to.</summary>
    private static AlarmsInput FromStore(CommandContext context, AlarmsOptions options, string[] dyad)
    {
        var clash = new (System.CommandLine.Option Option, bool Set, string Why)[]
        {
            (options.Series, context.Value(options.Series) is not null, "--series and --dyad both name the series"),
            (options.Name, (context.Value(options.Name) ?? []).Length > 0, "--name picks series of a --series source; --dyad gives one"),
            (options.Gaps, context.Value(options.Gaps) is not null, "the store's series have every period: those without events are zero"),
            (options.Aggregate, context.Value(options.Aggregate) is not null, "the store sums (or averages) weeks itself, by the measure"),
        };
        if (clash.Where(c => c.Set).Select(c => new Problem(c.Option.Name, 0, 0, c.Why, $"drop {c.Option.Name}")).ToList() is { Count: > 0 } problems)
            throw new InputException(problems);
        var measure = DyadMeasures.Parse(context.Value(options.Measure) ?? "goldstein_sum")!.Value;
        var query = new DyadQuery
        {
            ActorA = dyad[0].Trim().ToUpperInvariant(),
            ActorB = dyad[1].Trim().ToUpperInvariant(),
            By = context.Value(options.By) == "week" ? Period.Week : Period.Day,
            To = context.Value(options.To),
        };
        if (query.Validate() is { Count: > 0 } invalid)
            throw new InputException([.. invalid.Select(p => new Problem("--dyad", 0, 0, p, "give two CAMEO country codes, e.g. --dyad ISR USA"))]);
        var store = EventStoreSource.OpenForReading(context, options.Db);
        try
        {
            var series = StoreSeries.Load(store, query, measure, out var events);
            if (context.Value(options.Higher) is { } higher) series = series.WithPolarity(higher == "better" ? Polarity.HigherIsBetter : Polarity.HigherIsWorse);
            if (events == 0)
                throw new InputException(new Problem(store.Location, 0, 0, $"the store holds no {query.ActorA}-{query.ActorB} events{(query.To is { } to ? $" up to {to:yyyy-MM-dd}" : "")}",
                    "check the codes (fulcrum dyad A B shows the series), or ingest more files"));
            context.Milestone($"read {series.Name} from {store.Location}: {series.Count} {series.Period.Noun()}s");
            return new AlarmsInput($"store {store.Location}", [series], new StoreEvidence(store, query), store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static List<Series> Select(SeriesSet set, string[] names)
    {
        if (names.Length == 0) return [.. set.Series];
        var problems = new List<Problem>();
        var chosen = new List<Series>();
        foreach (var name in names)
        {
            if ((set.Find(name) ?? set.Find(Reversed(name))) is { } s) chosen.Add(s);
            else problems.Add(new Problem(set.Source, 0, 0, $"there is no series '{name}'", Suggest(set, name)));
        }
        return problems.Count > 0 ? throw new InputException(problems) : chosen;
    }

    /// <summary>A pair written the other way round: the built-in dyads are named in alphabetical order (RUS-UKR, not UKR-RUS).</summary>
    private static string Reversed(string name) => name.Split('-') is [var a, var b] ? $"{b}-{a}" : name;

    private static string Suggest(SeriesSet set, string name)
    {
        var parts = name.Split('-', ' ');
        var close = set.Series.Select(s => s.Name).Where(n => parts.Any(p => p.Length >= 3 && n.Contains(p, StringComparison.OrdinalIgnoreCase))).Take(8).ToList();
        return close.Count > 0 ? $"series with a similar name: {string.Join(", ", close)}" : $"the source has {set.Series.Count} series, e.g. {string.Join(", ", set.Series.Take(5).Select(s => s.Name))}";
    }
}
