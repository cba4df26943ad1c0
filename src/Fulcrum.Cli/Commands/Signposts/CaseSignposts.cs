using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>Loads what a case's signposts read and judges them: shared by <c>signposts</c> and <c>examine</c>.</summary>
public static class CaseSignposts
{
    /// <summary>The signposts of <paramref name="c"/> as of <paramref name="asOf"/> (default: the case's as_of).</summary>
    /// <param name="c">The case.</param>
    /// <param name="caseFile">The --case value (a file, builtin:NAME or null), for paths relative to the case file.</param>
    /// <param name="asOf">An earlier date to judge at, or null.</param>
    /// <param name="store">The event store, for event signposts (null: they are "no data").</param>
    public static SignpostReport Evaluate(Scenario.Model.Case c, string? caseFile, DateOnly? asOf, IEventStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (asOf is { } date && date > c.AsOf)
            throw new InputException(new Problem("--as-of", 0, 0, $"--as-of {date:yyyy-MM-dd} is after the case's as_of {c.AsOf:yyyy-MM-dd}",
                "a case knows nothing after its as_of date: give an earlier date, or move as_of in the case file"));
        var data = SignpostSources.Load(c, CaseDirectory(caseFile), store);
        return SignpostBoard.Evaluate(c, data, asOf);
    }

    /// <summary>The folder of a case file; null for a built-in case.</summary>
    public static string? CaseDirectory(string? caseFile) =>
        string.IsNullOrEmpty(caseFile) || caseFile.StartsWith("builtin:", StringComparison.Ordinal)
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(caseFile));
}
