using System.Globalization;
using System.Text;
using Fulcrum.Detection;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Tests.Examine;

/// <summary>
/// The founding case's shipped daily GDELT dyad scores (builtin:gdelt-dyads) written out as a
/// plain long CSV, every day present: the file an analyst would bind with a source binding.
/// </summary>
internal static class ShippedSeries
{
    public const string Name = "builtin:gdelt-dyads";

    public static SeriesSet Read() => SeriesSources.Open(Name).Value!;

    /// <summary>Writes the shipped series to <paramref name="path"/>, shifted <paramref name="days"/> later, optionally transformed.</summary>
    public static string Write(string path, int days = 0, Func<string, DateOnly, double, double>? value = null)
    {
        var text = new StringBuilder("date,series,value\n");
        foreach (var s in Read().Series)
            for (var i = 0; i < s.Count; i++)
            {
                var date = s.Dates[i].AddDays(days);
                var v = value?.Invoke(s.Name, date, s.Values[i]) ?? s.Values[i];
                text.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{s.Name},{v.ToString("R", CultureInfo.InvariantCulture)}\n");
            }
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The last date the shipped series reach.</summary>
    public static DateOnly Last() => Read().Series.Max(s => s.Dates[^1]);
}
