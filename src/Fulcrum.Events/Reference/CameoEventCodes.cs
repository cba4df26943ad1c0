using System.Collections.Frozen;
using System.Globalization;
using Fulcrum.Events.Reference.Internal;

namespace Fulcrum.Events.Reference;

/// <summary>A CAMEO event code with GDELT's description and Goldstein score, its root and quad class, and PLOVER.</summary>
/// <param name="Code">Two to four digits, as text (<c>"0251"</c>).</param>
/// <param name="Description">GDELT's description of the code (CAMEO.eventcodes.txt).</param>
/// <param name="Goldstein">The Goldstein score GDELT gives the code (CAMEO.goldsteinscale.txt), −10..+10.</param>
/// <param name="RootCode">The first two digits.</param>
/// <param name="QuadClass">The quad class of the root (see <see cref="QuadClasses"/>).</param>
/// <param name="Plover">The PLOVER category the code maps to, or null (roots 01 and 02 have none).</param>
public sealed record CameoEventCode(string Code, string Description, double? Goldstein, string RootCode, int QuadClass, PloverMapping? Plover);

/// <summary>GDELT's CAMEO event code table (Reference/Data/CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt).</summary>
public static class CameoEventCodes
{
    private static readonly Lazy<FrozenDictionary<string, CameoEventCode>> Table = new(Load);

    /// <summary>Every code (310), by code.</summary>
    public static FrozenDictionary<string, CameoEventCode> All => Table.Value;

    public static CameoEventCode? Find(string code) => All.GetValueOrDefault(code);

    private static FrozenDictionary<string, CameoEventCode> Load()
    {
        var goldstein = EmbeddedTable.Rows("CAMEO.goldsteinscale.txt")
            .ToDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var codes = new Dictionary<string, CameoEventCode>(StringComparer.Ordinal);
        foreach (var r in EmbeddedTable.Rows("CAMEO.eventcodes.txt"))
        {
            var root = r[0][..2];
            var quad = QuadClasses.FromRootCode(root) ?? throw new InvalidOperationException($"CAMEO code {r[0]} has no quad class");
            codes[r[0]] = new CameoEventCode(r[0], r[1], goldstein.TryGetValue(r[0], out var g) ? g : null, root, quad, CameoPlover.Find(r[0]));
        }
        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
