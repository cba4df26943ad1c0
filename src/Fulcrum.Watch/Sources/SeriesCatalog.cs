using Fulcrum.Core.Problems;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Watch.Sources;

/// <summary>What one series source was, as read: the case's name for it, the path read, its SHA-256, and whether a binding put it there.</summary>
/// <param name="Reference">The source as the case (or the request) names it.</param>
/// <param name="Path">What was read: a file path, or the built-in name.</param>
/// <param name="Sha256">The SHA-256 of the bytes read; null when it could not be read, or for computed series (UN votes).</param>
/// <param name="Rebound">Whether a <see cref="SourceBinding"/> replaced the case's source.</param>
/// <param name="Problem">Why it could not be read, or null.</param>
public sealed record SeriesFileRead(string Reference, string Path, string? Sha256, bool Rebound, string? Problem);

/// <summary>
/// The series sources one run reads, each opened once: a case's names resolved (a binding first,
/// then a built-in name, then a path relative to the case file's folder), each set cached, and a
/// record of every source read with the SHA-256 of its bytes — so that an examination can say
/// exactly which data it read.
/// </summary>
public sealed class SeriesCatalog
{
    private readonly string? _caseDirectory;
    private readonly Dictionary<string, SourceBinding> _bindings;
    private readonly Dictionary<string, Checked<SeriesFile>> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, SeriesSourceOptions Options), Checked<SeriesSet>> _opened = [];
    private readonly List<SeriesFileRead> _read = [];
    private readonly List<Problem> _problems = [];

    /// <param name="caseDirectory">The folder of the case file (null for a built-in case: paths are then relative to the working folder).</param>
    /// <param name="bindings">Sources to read instead of the case's own, for this run.</param>
    public SeriesCatalog(string? caseDirectory, IReadOnlyList<SourceBinding>? bindings = null)
    {
        _caseDirectory = caseDirectory;
        _bindings = (bindings ?? []).ToDictionary(b => b.Name, StringComparer.Ordinal);
    }

    /// <summary>The bindings in effect.</summary>
    public IReadOnlyCollection<SourceBinding> Bindings => _bindings.Values;

    /// <summary>Every source opened so far, in the order first opened.</summary>
    public IReadOnlyList<SeriesFileRead> Read => _read;

    /// <summary>
    /// Why a source read so far could not be used: a file that cannot be read, or a series read from
    /// it that breaks its gap policy — each located in the file. A run that needs these is an error, never a silent prior.
    /// </summary>
    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>The path a case's source name reads, and whether a binding chose it.</summary>
    public (string Path, bool Rebound) Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_bindings.TryGetValue(reference, out var binding)) return (binding.File, true);
        if (BuiltInName.Is(reference) || SeriesSources.IsUnVotes(reference) || _caseDirectory is null)
            return (reference, false);
        return (System.IO.Path.Combine(_caseDirectory, reference), false);
    }

    /// <summary>Every series a case's source name reads, under one set of options (the file read once per run).</summary>
    public Checked<SeriesSet> Open(string reference, SeriesSourceOptions? options = null)
    {
        var (path, rebound) = Resolve(reference);
        options ??= SeriesSourceOptions.Default;
        if (_opened.TryGetValue((path, options), out var cached)) return cached;
        Checked<SeriesSet> set;
        if (SeriesSources.IsUnVotes(path))
        {
            set = SeriesSources.OpenUnVotes(path, options);
            if (!_read.Any(r => r.Path == path))
                _read.Add(new SeriesFileRead(reference, path, null, rebound, set.Value is null ? First(set.Problems) : null));
        }
        else
        {
            var file = File(reference, path, rebound);
            set = file.Value is { } f ? f.All(SeriesSources.ReadOptions(path, options)) : Checked<SeriesSet>.Failure(file.Problems);
        }
        if (set.Value is null) Note(set.Problems);
        _opened[(path, options)] = set;
        return set;
    }

    /// <summary>
    /// The series <paramref name="name"/> of a case's source (found as <see cref="SeriesSet.Find"/>
    /// does), checked alone under <paramref name="options"/>: the file is read once per run, and a
    /// gap in another of its series does not matter. Null when the source has no such series; a
    /// failure when the source cannot be read or the series breaks its gap policy.
    /// </summary>
    /// <param name="reference">The source as the case names it.</param>
    /// <param name="name">The series.</param>
    /// <param name="options">How it is read (null: the source's defaults).</param>
    /// <param name="gapHint">What to do about a gap the policy refuses, in the caller's words (null: the reader's).</param>
    public Checked<Series>? Find(string reference, string name, SeriesSourceOptions? options = null, string? gapHint = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (path, rebound) = Resolve(reference);
        options ??= SeriesSourceOptions.Default;
        if (SeriesSources.IsUnVotes(path))
        {
            var set = Open(reference, options);
            if (set.Value is not { } ok) return Checked<Series>.Failure(set.Problems);
            return ok.Find(name) is { } s ? Checked<Series>.Success(s) : null;
        }
        var file = File(reference, path, rebound);
        if (file.Value is not { } f) return Checked<Series>.Failure(file.Problems);
        var found = f.Find(name, SeriesSources.ReadOptions(path, options));
        if (found is not { Value: null } refused) return found;
        var problems = gapHint is null ? refused.Problems : [.. refused.Problems.Select(p => p with { Hint = gapHint })];
        Note(problems);
        return Checked<Series>.Failure(problems);
    }

    /// <summary>The file behind a source, parsed on first use and kept for the run.</summary>
    private Checked<SeriesFile> File(string reference, string path, bool rebound)
    {
        if (_files.TryGetValue(path, out var cached)) return cached;
        var file = SeriesSources.Parse(path);
        _files[path] = file;
        if (file.Value is null) Note(file.Problems);
        if (!_read.Any(r => r.Path == path))
            _read.Add(new SeriesFileRead(reference, path, file.Value?.Sha256, rebound, file.Value is null ? First(file.Problems) : null));
        return file;
    }

    private void Note(IReadOnlyList<Problem> problems)
    {
        foreach (var p in problems)
            if (!_problems.Contains(p)) _problems.Add(p);
    }

    /// <summary>
    /// Problems with the bindings before anything is read: a bound file that does not exist (or is a
    /// folder), and a name the run does not read (<paramref name="readByCase"/>: the sources the case names).
    /// </summary>
    public IReadOnlyList<Problem> CheckBindings(IReadOnlyCollection<string> readByCase)
    {
        ArgumentNullException.ThrowIfNull(readByCase);
        var problems = new List<Problem>();
        foreach (var b in _bindings.Values)
        {
            if (Directory.Exists(b.File))
                problems.Add(new Problem(b.File, 0, 0, $"bound to {b.Name}, but it is a folder", "give a series CSV file (date,series,value), plain or .gz"));
            else if (!System.IO.File.Exists(b.File))
                problems.Add(new Problem(b.File, 0, 0, $"bound to {b.Name}, but there is no such file", "check the path (relative to the working folder)"));
            if (!readByCase.Contains(b.Name))
                problems.Add(Problem.About(Subjects.Source, $"the case reads no source named '{b.Name}'",
                    readByCase.Count == 0 ? "this case reads no series" : $"it reads: {string.Join(", ", readByCase.Order(StringComparer.Ordinal))}"));
        }
        return problems;
    }

    private static string First(IReadOnlyList<Problem> problems) =>
        problems.Count == 0 ? "unknown problem" : problems[0].ToString() + (problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "");
}
