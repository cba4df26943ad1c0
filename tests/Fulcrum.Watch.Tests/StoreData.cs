using System.Globalization;
using System.Text;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Watch.Tests;

/// <summary>
/// An event store with a long daily series made of real rows: a GDELT 2.0 export of
/// <see cref="Days"/> days from <see cref="Start"/>, day d holding the real rows of fixture day
/// d mod 3 (2020-11-13..15, Fulcrum.Events.Tests/Fixtures/gdelt2) between ISR, USA, RUS and UKR, with
/// fresh ids and the day's date. From <see cref="StepDay"/> on, the ISR-USA cooperative events
/// (quad classes 1 and 2) are left out: a step down in the ISR-USA Goldstein sum, with the real
/// conflict events (and their source URLs) behind it. Only ids and dates differ from the real rows.
/// </summary>
public static class StoreData
{
    public static readonly DateOnly Start = new(2021, 9, 1);

    public const int Days = 70;

    public const int StepDay = 50;

    public static DateOnly Last => Start.AddDays(Days - 1);

    private static readonly HashSet<string> Actors = ["ISR", "USA", "RUS", "UKR"];

    /// <summary>Writes the export into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteExport(TempFolder folder) => WriteExport(folder, Start, Days, "synthetic-days.export.CSV", step: true);

    /// <summary>
    /// The same real rows over <paramref name="count"/> days from <paramref name="start"/> (ids unique
    /// across calls: they count days from <see cref="Start"/>), with the ISR-USA step when <paramref name="step"/>.
    /// </summary>
    public static string WriteExport(TempFolder folder, DateOnly start, int count, string name, bool step)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var days = Fixture.Gdelt2Days.Select(d => Fixture.Fields(d).Where(f => Actors.Contains(f[7]) && Actors.Contains(f[17]) && f[7] != f[17]).ToList()).ToList();
        var text = new StringBuilder();
        for (var d = 0; d < count; d++)
        {
            var date = start.AddDays(d);
            var i = 0;
            foreach (var real in days[d % 3])
            {
                var isrUsa = (real[7], real[17]) is ("ISR", "USA") or ("USA", "ISR");
                if (step && d >= StepDay && isrUsa && real[29] is "1" or "2") continue;
                var f = (string[])real.Clone();
                f[0] = (3_000_000_000L + ((date.DayNumber - Start.DayNumber) * 10_000L) + i++).ToString(CultureInfo.InvariantCulture);
                f[1] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                f[2] = date.ToString("yyyyMM", CultureInfo.InvariantCulture);
                f[3] = date.Year.ToString(CultureInfo.InvariantCulture);
                f[4] = (date.Year + (date.DayOfYear / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture);
                f[59] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + real[59][8..];
                text.Append(string.Join('\t', f)).Append('\n');
            }
        }
        return folder.Write(name, text.ToString());
    }

    /// <summary>A store at <paramref name="dbPath"/> holding the export.</summary>
    public static void Build(string dbPath, string export)
    {
        using var store = DuckDbEventStore.Open(dbPath).ValueOrThrow();
        var result = store.Ingest(new IngestRequest(export));
        if (result.Status != IngestStatus.Ingested) throw new InvalidOperationException($"ingest failed: {result}");
    }
}
