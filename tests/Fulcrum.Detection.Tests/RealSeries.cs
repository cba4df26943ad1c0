using System.Globalization;
using System.IO.Compression;
using System.Text;
using Fulcrum.Detection.Reading;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Detection.Tests;

/// <summary>The real series the detectors are documented on (docs/watch.md); see Fixtures/SOURCE.md.</summary>
public static class RealSeries
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The daily GDELT dyad scores shipped with the founding case: a missing pair-day is zero, higher is better.</summary>
    public static SeriesSet Dyads()
    {
        using var reader = BuiltInSeries.Open(BuiltInSeries.GdeltDyads)!;
        return SeriesCsv.Read(reader, BuiltInSeries.GdeltDyads, new SeriesReadOptions { Gaps = GapPolicy.Zero, Polarity = Polarity.HigherIsBetter }).ValueOrThrow();
    }

    /// <summary>A yearly count file (<c>TotalCount,YEAR</c>) rewritten as <c>date,&lt;name&gt;</c> and read as a series of counts.</summary>
    public static Series YearlyCounts(string file, string name)
    {
        var text = new StringBuilder($"date,{name}\n");
        foreach (var line in File.ReadLines(Fixture(file)).Skip(1))
        {
            var f = line.Split(',');
            text.Append(CultureInfo.InvariantCulture, $"{f[1]},{f[0]}\n");
        }
        return SeriesCsv.Read(new StringReader(text.ToString()), file, new SeriesReadOptions { Polarity = Polarity.HigherIsWorse })
            .ValueOrThrow().Series.Single();
    }

    /// <summary>
    /// China's monthly GDELT event counts as Actor1 per QuadClass (1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict), summed over all Actor2 countries:
    /// series quad1..quad4, 2003-01 to 2023-12.
    /// </summary>
    public static SeriesSet ChinaMonthlyQuadClass()
    {
        using var stream = File.OpenRead(Fixture("icyswan_CHN_actor1_monthly_quad_2003_2024.csv.gz"));
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        reader.ReadLine(); // MonthYear,Actor2CountryCode,QuadClass,SubEventType,GoldsteinScale,RecordCount
        var counts = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // A few GoldsteinScale sums are quoted with a thousands separator ("-1,701.20"); the
            // fields used here (month, QuadClass, RecordCount) never are.
            var f = line.Split(',');
            if (!counts.TryGetValue(f[0], out var quads)) counts[f[0]] = quads = new long[4];
            quads[int.Parse(f[2], CultureInfo.InvariantCulture) - 1] += long.Parse(f[^1], CultureInfo.InvariantCulture);
        }
        var text = new StringBuilder("date,quad1,quad2,quad3,quad4\n");
        foreach (var (month, q) in counts) text.Append(CultureInfo.InvariantCulture, $"{month},{q[0]},{q[1]},{q[2]},{q[3]}\n");
        return SeriesCsv.Read(new StringReader(text.ToString()), "icyswan_CHN_actor1_monthly_quad_2003_2024.csv.gz", new SeriesReadOptions { Gaps = GapPolicy.Zero })
            .ValueOrThrow();
    }
}
