using System.Globalization;
using System.IO.Compression;
using System.Text;
using DuckDB.NET.Data;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Events;

/// <summary>
/// The benchmarks' data, built once and cached in the temp folder: a GDELT 2.0 export of real rows
/// (the 9,354 rows of tests/Fulcrum.Events.Tests/Fixtures/gdelt2, repeated in order with fresh
/// increasing IDs), and a store of 10 million events made from the same rows.
/// </summary>
public static class BenchData
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "fulcrum-bench")).FullName;

    /// <summary>The real rows, as lines of the native 61-field export.</summary>
    public static IReadOnlyList<string[]> RealRows()
    {
        var rows = new List<string[]>();
        foreach (var day in new[] { "20201113", "20201114", "20201115" })
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(FixtureFolder(), $"{day}.export.CSV.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            while (reader.ReadLine() is { Length: > 0 } line) rows.Add(line.Split('\t'));
        }
        return rows;
    }

    /// <summary>A GDELT 2.0 export of <paramref name="rows"/> real rows with fresh IDs (built on first use).</summary>
    public static string ExportFile(int rows)
    {
        var path = Path.Combine(Folder, $"gdelt2-{rows}.export.CSV");
        if (File.Exists(path)) return path;
        var real = RealRows();
        var partial = path + ".partial";
        using (var output = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
        {
            for (var i = 0; i < rows; i++)
            {
                var fields = (string[])real[i % real.Count].Clone();
                fields[0] = (2_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
                output.WriteLine(string.Join('\t', fields));
            }
        }
        File.Move(partial, path);
        return path;
    }

    /// <summary>
    /// The same rows as <see cref="ExportFile"/> (same fresh IDs) as a BigQuery-style file with a
    /// header: comma-separated, GDELT's own column names, a field quoted when it holds a comma or a
    /// quote (as BigQuery and pandas write them; about three rows in four quote a place name).
    /// </summary>
    public static string HeaderCsvFile(int rows, IReadOnlyList<string> names)
    {
        var path = Path.Combine(Folder, $"gdelt2-{rows}.header.csv");
        if (File.Exists(path)) return path;
        var real = RealRows();
        var partial = path + ".partial";
        using (var output = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
        {
            output.WriteLine(string.Join(',', names));
            for (var i = 0; i < rows; i++)
            {
                var fields = (string[])real[i % real.Count].Clone();
                fields[0] = (2_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
                output.WriteLine(string.Join(',', fields.Select(Quote)));
            }
        }
        File.Move(partial, path);
        return path;
    }

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>
    /// A store of <paramref name="events"/> events: the real rows ingested, then copied in DuckDB with
    /// fresh IDs and their dates moved a week per copy, so the store spans about twenty years of weeks
    /// with the real mix of dyads, quad classes and scores (only event_id and event_date change). The
    /// store says it covers every day from the first event to the last, as a store fed by every
    /// update would: its periods are data (zeros where a dyad has no events), not "no data".
    /// </summary>
    public static string Store(long events)
    {
        var path = Path.Combine(Folder, $"store-{events}.duckdb");
        if (File.Exists(path)) return path;
        var partial = Path.Combine(Folder, $"store-{events}.partial.duckdb");
        File.Delete(partial);
        using (var store = DuckDbEventStore.Open(partial, new DuckDbStoreOptions { MemoryLimit = "2GB" }).ValueOrThrow())
            store.Ingest(new IngestRequest(ExportFile(RealRows().Count)));
        using (var connection = new DuckDBConnection($"Data Source={partial}"))
        {
            connection.Open();
            var copies = (events + 9_353) / 9_354;
            using var command = connection.CreateCommand();
            command.CommandText =
                $"""
                INSERT INTO events SELECT e.* REPLACE (e.event_id + k * 100000000 AS event_id, e.event_date - CAST(k * 7 AS INTEGER) AS event_date)
                FROM events e, range(1, {copies}) AS copies(k) LIMIT {events - 9_354};
                UPDATE ingest_coverage SET first_day = (SELECT min(event_date) FROM events), last_day = (SELECT max(event_date) FROM events);
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }
        File.Move(partial, path);
        return path;
    }

    private static string FixtureFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Fulcrum.Events.Tests", "Fixtures", "gdelt2");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/Fulcrum.Events.Tests/Fixtures/gdelt2 not found above " + AppContext.BaseDirectory);
    }
}
