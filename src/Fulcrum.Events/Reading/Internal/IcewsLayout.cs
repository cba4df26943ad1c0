using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Where each ICEWS field is in a file, found by the header row's names (the public ICEWS files
/// and ../shared/data/icews share these names; their order is not relied on).
/// </summary>
internal sealed class IcewsLayout
{
    public static readonly string[] Required =
        ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country"];

    public static readonly string[] Optional =
        ["Event Text", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"];

    private readonly Dictionary<string, int> _positions;

    private IcewsLayout(string[] names, Dictionary<string, int> positions)
    {
        Names = names;
        _positions = positions;
    }

    /// <summary>The header's field names, in file order.</summary>
    public string[] Names { get; }

    public int FieldCount => Names.Length;

    /// <summary>The 0-based position of a field, or −1 when the file has no such field.</summary>
    public int this[string name] => _positions.GetValueOrDefault(name, -1);

    /// <summary>Whether a header line looks like ICEWS's (starts with "Event ID", then "Event Date").</summary>
    public static bool LooksLikeHeader(string line) =>
        line.StartsWith("Event ID\tEvent Date", StringComparison.OrdinalIgnoreCase);

    public static Checked<IcewsLayout> FromHeader(string path, string header)
    {
        var names = header.Split('\t').Select(n => n.Trim()).ToArray();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) positions.TryAdd(names[i], i);
        var missing = Required.Where(r => !positions.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            return Checked<IcewsLayout>.Failure([new Problem(path, 1, 0,
                $"the ICEWS header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}",
                $"an ICEWS events file starts with a header naming at least: {string.Join(", ", Required)}")]);
        return Checked<IcewsLayout>.Success(new IcewsLayout(names, positions));
    }
}
