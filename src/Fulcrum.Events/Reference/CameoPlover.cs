using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Fulcrum.Events.Reference.Internal;

namespace Fulcrum.Events.Reference;

/// <summary>A CAMEO code's PLOVER recoding: the event category (AGREE, ASSAULT …), and mode and context where given.</summary>
public sealed record PloverMapping(string Category, string? Mode, string? Context);

/// <summary>
/// CAMEO → PLOVER, from PLOVER's own conversion table (Reference/Data/CAMEO2PLOVER-2021.txt, draft 0.8).
/// A code the table does not list falls back to its three-digit base code. Roots 01 and 02 have no
/// PLOVER category; root 08 splits between CONCEDE and RETREAT, so a bare <c>08</c> maps to nothing.
/// </summary>
public static partial class CameoPlover
{
    private static readonly Lazy<FrozenDictionary<string, PloverMapping>> Table = new(Load);

    /// <summary>Every code the table maps, by CAMEO code.</summary>
    public static FrozenDictionary<string, PloverMapping> All => Table.Value;

    /// <summary>The PLOVER mapping of a CAMEO code (or of its base code), or null.</summary>
    public static PloverMapping? Find(string code) =>
        All.GetValueOrDefault(code) ?? (code.Length == 4 ? All.GetValueOrDefault(code[..3]) : null);

    private static FrozenDictionary<string, PloverMapping> Load()
    {
        var map = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedTable.Lines("CAMEO2PLOVER-2021.txt"))
        {
            var m = Entry().Match(line);
            if (!m.Success) continue;
            var parts = m.Groups["map"].Value.Split('#')[0].Split(',').Select(p => p.Trim()).ToArray();
            var mapping = new PloverMapping(parts[0], Part(parts, 1), Part(parts, 2));
            var code = m.Groups["code"].Value;
            if (map.TryGetValue(code, out var seen) && seen.Category != mapping.Category) ambiguous.Add(code);
            else map[code] = mapping;
        }
        foreach (var code in ambiguous) map.Remove(code);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string? Part(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;

    [GeneratedRegex(@"^(?<code>\d{2,4}):\s*(?<map>.*)$")]
    private static partial Regex Entry();
}
