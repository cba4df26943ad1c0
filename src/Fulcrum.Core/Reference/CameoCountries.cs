using System.Collections.Frozen;
using System.Reflection;

namespace Fulcrum.Core.Reference;

/// <summary>
/// The CAMEO country and region codes (GDELT's CAMEO.country list, reconstructed, plus the codes
/// real GDELT rows carry that it lacks; see Reference/Data/SOURCE.md), used to check actor codes
/// in case files and event queries.
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
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        Read("CAMEO.country.reconstructed.txt", table);
        Read("CAMEO.country.supplement.txt", table);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds the CODE\tLABEL rows of an embedded table (header skipped, further columns ignored).</summary>
    private static void Read(string name, Dictionary<string, string> table)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fulcrum.Core.Reference.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded in Fulcrum.Core");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0) table[fields[0]] = fields[1].Trim();
        }
    }
}
