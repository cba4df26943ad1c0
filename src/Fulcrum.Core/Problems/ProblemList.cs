namespace Fulcrum.Core.Problems;

/// <summary>Collects every problem found in one input, so that all are reported at once.</summary>
public sealed class ProblemList
{
    private readonly List<Problem> _problems = [];

    public ProblemList(string file) => File = file;

    private ProblemList(string file, string? subject) : this(file) => Subject = subject;

    /// <summary>A list whose problems are about a parameter (<see cref="Problem.Subject"/>), not a file; a column is a character of its value.</summary>
    public static ProblemList ForSubject(string subject) => new("", subject);

    /// <summary>The file every problem added here belongs to (empty for a subject's list).</summary>
    public string File { get; }

    /// <summary>The parameter every problem added here is about, or null.</summary>
    public string? Subject { get; }

    public int Count => _problems.Count;

    public bool Any => _problems.Count > 0;

    public IReadOnlyList<Problem> Items => _problems;

    public void Add(int line, int column, string message, string hint) =>
        _problems.Add(new Problem(File, line, column, message, hint) { Subject = Subject });

    /// <summary>Problems sorted by position, the order a reader fixes them in.</summary>
    public IReadOnlyList<Problem> Sorted() =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Message, StringComparer.Ordinal)];
}
