using System.IO.Compression;
using System.Text;
using Fulcrum.Events.Reading;

namespace Fulcrum.Events.Tests;

/// <summary>The real-data fixtures (see Fixtures/SOURCE.md) and small helpers to read them.</summary>
public static class Fixture
{
    public static readonly string[] Gdelt2Days = ["gdelt2/20201113.export.CSV.gz", "gdelt2/20201114.export.CSV.gz", "gdelt2/20201115.export.CSV.gz"];
    public const string Gdelt2Plain = "gdelt2/20201113-first300.export.CSV";
    public const string Gdelt1 = "gdelt1/20201113-first300.export.CSV";
    public const string Gdelt1NoUrl = "gdelt1/20201113-first300-nourl.export.CSV";
    public const string Icews = "icews/events.2018.sample.tab.gz";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The decompressed text of a fixture.</summary>
    public static string Text(string name)
    {
        using var file = File.OpenRead(Path(name));
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The fixture's rows split on tabs: the independent reading the tests compare against.</summary>
    public static List<string[]> Fields(string name, bool skipHeader = false) =>
        [.. Text(name).Split('\n').Where(l => l.Length > 0).Skip(skipHeader ? 1 : 0).Select(l => l.Split('\t'))];

    /// <summary>Reads a whole file: its valid records, its rejects and the reader (disposed) for counts.</summary>
    public static (List<EventRecord> Records, List<RowReject> Rejects, EventFileReader Reader) ReadAll(string path, EventFormat? format = null)
    {
        var opened = EventFile.Open(path, format);
        if (!opened.Ok) throw new InvalidOperationException(string.Join("; ", opened.Problems));
        using var reader = opened.Value!;
        var row = new CanonicalRow();
        var records = new List<EventRecord>();
        var rejects = new List<RowReject>();
        while (true)
        {
            var result = reader.Read(row, out var reject);
            if (result == ReadResult.End) break;
            if (result == ReadResult.Row) records.Add(row.ToRecord());
            else rejects.Add(reject!);
        }
        return (records, rejects, reader);
    }

    /// <summary>A scratch folder for one test, deleted with its contents when disposed.</summary>
    public static TempFolder Temp() => new();
}

public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fulcrum-test-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Root, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text, new UTF8Encoding(false));
        return File(name);
    }

    public string Write(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(File(name), bytes);
        return File(name);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test; the temp folder is cleaned by the system.
        }
    }
}
