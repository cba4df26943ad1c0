namespace Fulcrum.Core.Problems;

/// <summary>Collects every problem found in one input, so that all are reported at once.</summary>
public sealed class ProblemList
{
    private readonly List<Problem> _problems = [];

    public ProblemList(string file) => File = file;

    /// <summary>The file every problem added here belongs to.</summary>
    public string File { get; }

    public int Count => _problems.Count;

    public bool Any => _problems.Count > 0;

    public IReadOnlyList<Problem> Items => _problems;

    public void Add(int line, int column, string message, string hint) =>
        _problems.Add(new Problem(File, line, column, message, hint));

    /// <summary>Problems sorted by position, the order a reader fixes them in.</summary>
    public IReadOnlyList<Problem> Sorted() =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Message, StringComparer.Ordinal)];
}
