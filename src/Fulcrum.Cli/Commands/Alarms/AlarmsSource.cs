using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>The series an alarms run works on, and where their evidence events come from (none for files).</summary>
public sealed record AlarmsInput(string Source, IReadOnlyList<Series> Series, IEvidenceSource? Evidence);

/// <summary>
/// Where <c>fulcrum alarms</c> gets its series. Today: <c>--series</c> (a file, builtin:gdelt-dyads,
/// unvotes:A-B). The event store's dyad series (<c>--dyad A B [--measure M] [--db]</c>) is one more
/// branch in <see cref="Load"/>, returning the store's series and the store as evidence source.
/// </summary>
public static class AlarmsSource
{
    public static AlarmsInput Load(CommandContext context, AlarmsOptions options)
    {
        var source = context.Value(options.Series);
        if (string.IsNullOrEmpty(source))
            throw new InputException(new Problem("", 0, 0, "no series given", "give --series FILE, --series builtin:gdelt-dyads or --series unvotes:ISR-RUS"));
        var set = SeriesSources.Open(source, new SeriesSourceOptions
        {
            Gaps = context.Value(options.Gaps) switch { "error" => GapPolicy.Error, "zero" => GapPolicy.Zero, "skip" => GapPolicy.Skip, _ => null },
            Polarity = context.Value(options.Higher) switch { "better" => Polarity.HigherIsBetter, "worse" => Polarity.HigherIsWorse, _ => null },
        }).ValueOrThrow();
        context.Milestone($"read {set.Series.Count} series from {source}");
        return new AlarmsInput(source, Select(set, context.Value(options.Name) ?? []), Evidence: null);
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
