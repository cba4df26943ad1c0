using Fulcrum.Core.Problems;
using Fulcrum.Detection;
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
    private readonly Dictionary<(string Path, SeriesSourceOptions Options), Checked<SeriesSet>> _opened = [];
    private readonly List<SeriesFileRead> _read = [];

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

    /// <summary>The path a case's source name reads, and whether a binding chose it.</summary>
    public (string Path, bool Rebound) Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_bindings.TryGetValue(reference, out var binding)) return (binding.File, true);
        if (BuiltInName.Is(reference) || reference.StartsWith(SeriesSources.UnVotesPrefix, StringComparison.OrdinalIgnoreCase) || _caseDirectory is null)
            return (reference, false);
        return (System.IO.Path.Combine(_caseDirectory, reference), false);
    }

    /// <summary>The series set a case's source name reads (opened once per run and options).</summary>
    public Checked<SeriesSet> Open(string reference, SeriesSourceOptions? options = null)
    {
        var (path, rebound) = Resolve(reference);
        options ??= SeriesSourceOptions.Default;
        if (_opened.TryGetValue((path, options), out var cached)) return cached;
        var set = SeriesSources.Open(path, options);
        _opened[(path, options)] = set;
        if (!_read.Any(r => r.Path == path))
            _read.Add(new SeriesFileRead(reference, path, set.Value?.Sha256, rebound, set.Value is null ? First(set.Problems) : null));
        return set;
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
            else if (!File.Exists(b.File))
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
