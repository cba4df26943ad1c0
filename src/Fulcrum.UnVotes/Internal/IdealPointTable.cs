using System.Globalization;
using Fulcrum.Core.Text;

namespace Fulcrum.UnVotes.Internal;

/// <summary>Reads a Bailey–Strezhnev–Voeten ideal-point file into (COW code, session) → ideal point.</summary>
internal static class IdealPointTable
{
    public static Dictionary<(int Cow, int Session), double> Read(string resource)
    {
        var points = new Dictionary<(int, int), double>();
        using var reader = Resources.Open(resource);
        var header = CsvLine.Texts(reader.ReadLine()!);
        var cow = header.IndexOf("ccode");
        var session = header.IndexOf("session");
        var value = header.FindIndex(h => h.StartsWith("IdealPoint", StringComparison.Ordinal));
        if (cow < 0 || session < 0 || value < 0) throw new InvalidDataException($"{resource}: missing ccode, session or IdealPoint column");
        while (reader.ReadLine() is { } line)
        {
            var f = CsvLine.Texts(line);
            if (f[value] is "NA" or "") continue;
            points[(int.Parse(f[cow], CultureInfo.InvariantCulture), int.Parse(f[session], CultureInfo.InvariantCulture))] =
                double.Parse(f[value], CultureInfo.InvariantCulture);
        }
        return points;
    }
}
