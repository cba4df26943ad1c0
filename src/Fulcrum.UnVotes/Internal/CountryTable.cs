using System.Globalization;

namespace Fulcrum.UnVotes.Internal;

/// <summary>
/// Reads Data/countries.tsv: the vote data's country names, each with its Correlates of War code,
/// the actor code Fulcrum uses and the years it applies to (a name may appear twice, for two codes).
/// </summary>
internal static class CountryTable
{
    public const int FirstYear = 1946, LastYear = 9999;

    public sealed record Entry(string Name, int Cow, string Code, int FromYear, int ToYear, string Note);

    public static List<Entry> Read()
    {
        var entries = new List<Entry>();
        using var reader = Resources.Open(Resources.Countries);
        reader.ReadLine(); // name, iso2, cow, code, from_year, to_year, note
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            entries.Add(new Entry(
                f[0],
                f[2].Length == 0 ? 0 : int.Parse(f[2], CultureInfo.InvariantCulture),
                f[3],
                f[4].Length == 0 ? FirstYear : int.Parse(f[4], CultureInfo.InvariantCulture),
                f[5].Length == 0 ? LastYear : int.Parse(f[5], CultureInfo.InvariantCulture),
                f.Length > 6 ? f[6] : ""));
        }
        return entries;
    }
}
