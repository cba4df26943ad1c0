using Fulcrum.Events.Store;

namespace Fulcrum.App.Contracts;

/// <summary><c>export</c> as JSON: the file written, its format, the rows, and warnings about the actor codes asked for.</summary>
public sealed record ExportContract(string Path, string Format, long Rows, IReadOnlyList<ProblemContract> Warnings) : Contract
{
    public static ExportContract Of(ExportResult r, Func<string, string>? namer = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Path, r.Format.ToString().ToLowerInvariant(), r.Rows, [.. r.Warnings.Select(w => ProblemContract.Of(w, namer))]);
    }
}
