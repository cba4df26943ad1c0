using System.Collections.Frozen;
using Fulcrum.Events.Reference.Internal;

namespace Fulcrum.Events.Reference;

/// <summary>
/// ICEWS actor sectors → a CAMEO actor type (Reference/Data/icews-sectors.tsv, Fulcrum's own mapping).
/// The table's order is the priority: of an actor's comma-separated sectors, the one listed first in
/// the table decides (so "Elite,Government,Military" is MIL). Any "… Ministry" counts as GOV and any
/// "… Business" as BUS when nothing in the table matches.
/// </summary>
public static class IcewsSectors
{
    private static readonly Lazy<FrozenDictionary<string, (int Rank, string Type)>> Table = new(Load);

    /// <summary>Sector → (priority rank, CAMEO type).</summary>
    public static FrozenDictionary<string, (int Rank, string Type)> All => Table.Value;

    /// <summary>The CAMEO type of an actor with these sectors (<c>"Government,Police"</c>), or null.</summary>
    public static string? TypeOf(string? sectors)
    {
        if (string.IsNullOrEmpty(sectors)) return null;
        (int Rank, string Type)? best = null;
        string? fallback = null;
        foreach (var raw in sectors.Split(','))
        {
            var sector = raw.Trim();
            if (All.TryGetValue(sector, out var hit))
            {
                if (best is null || hit.Rank < best.Value.Rank) best = hit;
            }
            else if (sector.EndsWith(" Ministry", StringComparison.Ordinal)) fallback = "GOV";
            else if (sector.EndsWith(" Business", StringComparison.Ordinal)) fallback ??= "BUS";
        }
        return best?.Type ?? fallback;
    }

    private static FrozenDictionary<string, (int, string)> Load() =>
        EmbeddedTable.Rows("icews-sectors.tsv")
            .Select((r, i) => (r[0], (i, r[1])))
            .ToFrozenDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
}
