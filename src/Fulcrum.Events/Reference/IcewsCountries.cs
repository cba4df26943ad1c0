using System.Collections.Frozen;
using Fulcrum.Core.Reference;
using Fulcrum.Events.Reference.Internal;

namespace Fulcrum.Events.Reference;

/// <summary>
/// ICEWS country names → CAMEO country codes: the names that differ from the CAMEO list's
/// (Reference/Data/icews-countries.tsv, each with its reason), then the CAMEO country list itself by
/// exact, case-insensitive name. The codes are those GDELT rows carry, so ICEWS and GDELT dyads meet.
/// </summary>
public static class IcewsCountries
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Load);

    /// <summary>Every name Fulcrum maps, case-insensitive.</summary>
    public static FrozenDictionary<string, string> All => Table.Value;

    /// <summary>The CAMEO code of an ICEWS country name, or null when the name is unknown.</summary>
    public static string? CodeOf(string name) => All.GetValueOrDefault(name);

    private static FrozenDictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in EmbeddedTable.Rows("icews-countries.tsv")) table[r[0]] = r[1];
        foreach (var (code, name) in CameoCountries.All)
            if (code.Length == 3) table.TryAdd(name, code);
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
