using System.Collections.Frozen;
using Fulcrum.Events.Reference.Internal;

namespace Fulcrum.Events.Reference;

/// <summary>CAMEO actor type and role codes (GOV, MIL, REB …) from Reference/Data/CAMEO.type.txt.</summary>
public static class CameoActorTypes
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(() => Load("CAMEO.type.txt"));

    /// <summary>Code → label; a code listed twice (UIS) keeps its first label.</summary>
    public static FrozenDictionary<string, string> All => Table.Value;

    internal static FrozenDictionary<string, string> Load(string file)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in EmbeddedTable.Rows(file)) table.TryAdd(r[0], r[1]);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>CAMEO known groups: IGOs, NGOs and armed groups with their own code (Reference/Data/CAMEO.knowngroup.txt).</summary>
public static class CameoKnownGroups
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(() => CameoActorTypes.Load("CAMEO.knowngroup.txt"));

    /// <summary>Code → label (NAT → NATO, EEC → European Union …).</summary>
    public static FrozenDictionary<string, string> All => Table.Value;
}
