using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// Opens the series the watch commands run on, by name:
/// <list type="bullet">
/// <item>a CSV file, long (<c>date,series,value</c>) or wide (<c>date,&lt;s1&gt;,&lt;s2&gt;…</c>), plain or .gz;</item>
/// <item><c>builtin:gdelt-dyads</c>: the real daily GDELT dyad scores shipped with the founding case. Its
/// source writes only nonzero pair-days, so a missing day is zero; the score is Goldstein-dominated, so higher is better;</item>
/// <item><c>unvotes:A-B[:measure]</c>: the yearly UN General Assembly alignment of a pair (measure
/// agree, agree_voeten, s, kappa, pi or idealpoint_distance; default s).</item>
/// </list>
/// The event store's dyad series will be a further source with the events behind each alarm.
/// </summary>
public static class SeriesSources
{
    public const string UnVotesPrefix = "unvotes:";

    public static Checked<SeriesSet> Open(string source, SeriesSourceOptions? options = null)
    {
        options ??= SeriesSourceOptions.Default;
        if (IsUnVotes(source)) return OpenUnVotes(source, options);
        var parsed = Parse(source);
        return parsed.Value is { } file ? file.All(ReadOptions(source, options)) : Checked<SeriesSet>.Failure(parsed.Problems);
    }

    /// <summary>Whether <paramref name="source"/> names a UN-vote series (computed, not read from a file).</summary>
    public static bool IsUnVotes(string source) => source.StartsWith(UnVotesPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A series file or built-in series read once, its series to be assembled one by one (not for <c>unvotes:</c>).</summary>
    public static Checked<SeriesFile> Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!BuiltInName.Is(source)) return SeriesCsv.ParseFile(source);
        if (!BuiltInSeries.Has(source))
            return Checked<SeriesFile>.Failure([new Problem(source, 0, 0, $"'{source}' is not a built-in series", $"use {BuiltInSeries.GdeltDyads}, a CSV file, or unvotes:A-B")]);
        return BuiltInFiles.Get(source);
    }

    /// <summary>
    /// The built-in series parsed so far. They are embedded in the program and cannot change while it
    /// runs, and a parsed file is never changed by the series assembled from it: each is parsed once
    /// per process (about 23,000 rows; a server's views and a loop's re-examinations share it). A
    /// file on disk is read afresh by every run, since it may have changed.
    /// </summary>
    private static readonly ParsedOnce<Checked<SeriesFile>> BuiltInFiles = new(name =>
    {
        using var stream = BuiltInSeries.OpenCompressed(name)!;
        return SeriesCsv.ParseStream(stream, name, gzip: true);
    });

    /// <summary>
    /// How a source's series are read: the options' settings, else the source's defaults — a file's
    /// gaps are an error and its polarity unknown; the built-in dyad scores have every day (a missing
    /// one is zero) and are better higher.
    /// </summary>
    public static SeriesReadOptions ReadOptions(string source, SeriesSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builtIn = BuiltInName.Is(source);
        return new SeriesReadOptions
        {
            Gaps = options.Gaps ?? (builtIn ? GapPolicy.Zero : GapPolicy.Error),
            Polarity = options.Polarity ?? (builtIn ? Polarity.HigherIsBetter : Polarity.Unknown),
        };
    }

    internal static Checked<SeriesSet> OpenUnVotes(string source, SeriesSourceOptions options)
    {
        var spec = source[UnVotesPrefix.Length..].Split(':');
        var pair = spec[0].Split('-');
        var measureName = spec.Length > 1 ? spec[1] : "s";
        if (spec.Length > 2 || pair.Length != 2 || pair.Any(c => c.Length == 0))
            return Bad(source, $"'{source}' is not a UN-vote series", "write unvotes:A-B or unvotes:A-B:measure, e.g. unvotes:ISR-RUS:kappa");
        if (!AlignmentMeasures.TryParse(measureName, out var measure))
            return Bad(source, $"'{measureName}' is not a UN-vote measure", $"use one of: {string.Join(", ", AlignmentMeasures.All.Select(m => m.Name))}");
        var query = new AlignmentQuery(pair[0], pair[1]) { ImportantOnly = options.ImportantVotes, Issues = options.Issues };
        var series = AlignmentSeries.Build(UnVoteData.BuiltIn, query, measure, source);
        if (series.Value is not { } s) return Checked<SeriesSet>.Failure(series.Problems);
        if (options.Polarity is { } polarity) s = s.WithPolarity(polarity);
        return Checked<SeriesSet>.Success(new SeriesSet(source, Period.Year, [s]));
    }

    private static Checked<SeriesSet> Bad(string source, string message, string hint) =>
        Checked<SeriesSet>.Failure([new Problem(source, 0, 0, message, hint)]);
}
