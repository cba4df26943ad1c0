using Fulcrum.Events.Store;

namespace Fulcrum.App.Contracts;

/// <summary><c>export</c> as JSON: the file written, its format, the rows.</summary>
public sealed record ExportContract(string Path, string Format, long Rows) : Contract
{
    public static ExportContract Of(ExportResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Path, r.Format.ToString().ToLowerInvariant(), r.Rows);
    }
}
