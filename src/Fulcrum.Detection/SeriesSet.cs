using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>The series read from one source (a CSV file, a built-in series), in the order first seen.</summary>
/// <param name="Source">The file path or built-in name.</param>
/// <param name="Period">The period of every series in the set.</param>
/// <param name="Series">The series, each with its own name.</param>
public sealed record SeriesSet(string Source, Period Period, IReadOnlyList<Series> Series)
{
    /// <summary>The SHA-256 (lower-case hex) of the bytes the set was read from, when it was read from bytes (a file, a shipped resource).</summary>
    public string? Sha256 { get; init; }

    /// <summary>
    /// The series called <paramref name="name"/> (ordinal, case-insensitive), or null. A pair name
    /// <c>A-B</c> is found either way round (<c>B-A</c>): sources name a pair in their own order
    /// (the built-in dyads alphabetically, RUS-UKR), analysts in theirs. This is the one lookup.
    /// </summary>
    public Series? Find(string name) => Exact(name) ?? (Reversed(name) is { } other ? Exact(other) : null);

    private Series? Exact(string name) =>
        Series.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>B-A</c> for a pair name <c>A-B</c>, else null.</summary>
    private static string? Reversed(string name) => name.Split('-') is [var a, var b] && a.Length > 0 && b.Length > 0 ? $"{b}-{a}" : null;
}
