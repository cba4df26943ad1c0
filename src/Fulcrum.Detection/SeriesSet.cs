using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>The series read from one source (a CSV file, a built-in series), in the order first seen.</summary>
/// <param name="Source">The file path or built-in name.</param>
/// <param name="Period">The period of every series in the set.</param>
/// <param name="Series">The series, each with its own name.</param>
public sealed record SeriesSet(string Source, Period Period, IReadOnlyList<Series> Series)
{
    /// <summary>The series called <paramref name="name"/> (ordinal, case-insensitive), or null.</summary>
    public Series? Find(string name) =>
        Series.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
