using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection.Reading.Internal;

namespace Fulcrum.Detection.Reading;

/// <summary>
/// A series file read once, its series assembled on demand: the file's rows are parsed and checked
/// as a whole (dates, numbers, header), but duplicates and gaps are checked only for the series
/// asked for, each under its own <see cref="GapPolicy"/> — a file whose other series have gaps
/// still gives the ones that have none.
/// </summary>
public sealed class SeriesFile
{
    private readonly List<RawPoint> _points;
    private readonly DateGrain _grain;
    private readonly Dictionary<string, List<RawPoint>> _bySeries;
    private readonly DateOnly _first, _last;

    internal SeriesFile(string source, List<RawPoint> points, DateGrain grain)
    {
        Source = source;
        (_points, _grain) = (points, grain);
        Period = SeriesAssembly.PeriodOf(grain, points);
        _first = points.Min(p => p.Date);
        _last = points.Max(p => p.Date);
        _bySeries = [];
        foreach (var p in points)
        {
            if (!_bySeries.TryGetValue(p.Series, out var list)) _bySeries[p.Series] = list = [];
            list.Add(p);
        }
    }

    /// <summary>The file path or built-in name.</summary>
    public string Source { get; }

    /// <summary>The period of every series in the file, inferred from all its dates.</summary>
    public Period Period { get; }

    /// <summary>The SHA-256 (lower-case hex) of the bytes read, when read from bytes.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The series names, in the order first seen.</summary>
    public IReadOnlyCollection<string> Names => _bySeries.Keys;

    /// <summary>
    /// The series called <paramref name="name"/> (found as <see cref="SeriesSet.Find"/> finds it:
    /// case-insensitive, a pair either way round), checked alone under <paramref name="options"/>;
    /// null when the file has no such series; a failure with located problems when it breaks the policy.
    /// </summary>
    public Checked<Series>? Find(string name, SeriesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= SeriesReadOptions.Default;
        var key = Key(name) ?? (name.Split('-') is [var a, var b] && a.Length > 0 && b.Length > 0 ? Key($"{b}-{a}") : null);
        if (key is null) return null;
        var problems = new ProblemList(Source);
        var series = SeriesAssembly.One(Source, key, _bySeries[key], Period, _first, _last, options, problems);
        return series is null ? Checked<Series>.Failure(problems.Sorted()) : Checked<Series>.Success(series);
    }

    /// <summary>Every series of the file under one policy (as <see cref="SeriesCsv.Read"/> gives them).</summary>
    public Checked<SeriesSet> All(SeriesReadOptions? options = null)
    {
        options ??= SeriesReadOptions.Default;
        var problems = new ProblemList(Source);
        var set = SeriesAssembly.Build(Source, _points, _grain, options, problems);
        return set is null ? Checked<SeriesSet>.Failure(problems.Sorted()) : Checked<SeriesSet>.Success(set with { Sha256 = Sha256 });
    }

    private string? Key(string name) => _bySeries.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
