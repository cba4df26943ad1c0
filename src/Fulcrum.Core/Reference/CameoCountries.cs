using System.Collections.Frozen;
using System.Reflection;

namespace Fulcrum.Core.Reference;

/// <summary>
/// The CAMEO country and region codes (GDELT's CAMEO.country list, reconstructed; see
/// Reference/Data/SOURCE.md), used to check actor codes in case files and event queries.
/// </summary>
public static class CameoCountries
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Load);

    /// <summary>Code → name, e.g. <c>ISR</c> → <c>Israel</c>.</summary>
    public static FrozenDictionary<string, string> All => Table.Value;

    public static bool IsKnown(string code) => All.ContainsKey(code);

    /// <summary>The name of a code, or the code itself when unknown.</summary>
    public static string NameOf(string code) => All.TryGetValue(code, out var name) ? name : code;

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Fulcrum.Core.Reference.CAMEO.country.reconstructed.txt")
            ?? throw new InvalidOperationException("CAMEO country table is not embedded in Fulcrum.Core");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine(); // header: CODE\tLABEL
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0) table[line[..tab]] = line[(tab + 1)..].Trim();
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
