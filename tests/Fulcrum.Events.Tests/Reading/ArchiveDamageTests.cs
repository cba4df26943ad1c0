using System.IO.Compression;
using System.Text;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading;

namespace Fulcrum.Events.Tests.Reading;

/// <summary>
/// Issue 16, item 3: a zip damaged inside its compressed data read as "ingested" with half its rows,
/// and a stored zip with one flipped byte gave a wrong event ID. Here every byte of every region of
/// a zip and a gzip made of the 300 real GDELT 2.0 rows is inverted in turn: the file must fail as
/// a whole, naming the file, unless the byte carries no data (listed, with why) — and then the rows
/// must be exactly the undamaged file's.
/// </summary>
public class ArchiveDamageTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes(Fixture.Text(Fixture.Gdelt2Plain));
    private static readonly List<EventRecord> Intact = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Plain)).Records;

    public static TheoryData<string, string> ZipRegions => new()
    {
        { "deflated", "local header" }, { "deflated", "data start" }, { "deflated", "data middle" }, { "deflated", "data end" },
        { "deflated", "central directory" }, { "deflated", "end of central directory" },
        { "stored", "local header" }, { "stored", "data start" }, { "stored", "data middle" }, { "stored", "data end" },
        { "stored", "central directory" }, { "stored", "end of central directory" },
        { "descriptor", "data middle" }, { "descriptor", "data descriptor" }, { "descriptor", "central directory" },
    };

    [Theory]
    [MemberData(nameof(ZipRegions))]
    public void Read_ZipWithAnyByteOfARegionDamaged_FailsTheWholeFileOrReadsTheSameRows(string kind, string region)
    {
        var zip = Archives.Zip("20201113.export.CSV", Text, kind == "stored" ? CompressionLevel.NoCompression : CompressionLevel.Optimal, descriptor: kind == "descriptor");
        var layout = Archives.Layout(zip);
        Assert.Equal(kind == "descriptor", layout.HasDescriptor);
        var entry = layout.CentralDirectory;
        var (offsets, harmless) = region switch
        {
            "local header" => (Enumerable.Range(0, layout.Data), []),
            "data start" => (Enumerable.Range(layout.Data, 4), []),
            "data middle" => (Enumerable.Range(layout.Data + (layout.DataLength / 2), 4), []),
            "data end" => (Enumerable.Range(layout.DataEnd - 4, 4), []),
            "data descriptor" => (Enumerable.Range(layout.DataEnd, layout.CentralDirectory - layout.DataEnd), []),
            "central directory" => (Enumerable.Range(entry, layout.End - entry),
                // Version made by, internal and external file attributes: who wrote the file and its
                // permissions; nothing to check them against, and no data in them.
                new[] { 4, 5, 36, 37, 38, 39, 40, 41 }.Select(o => entry + o).ToArray()),
            _ => (Enumerable.Range(layout.End, 22), Array.Empty<int>()),
        };

        Sweep(zip, offsets, harmless, "zip");
    }

    public static TheoryData<string> GzipRegions => ["header", "data start", "data middle", "data end", "trailer CRC-32", "trailer ISIZE"];

    [Theory]
    [MemberData(nameof(GzipRegions))]
    public void Read_GzipWithAnyByteOfARegionDamaged_FailsTheWholeFileOrReadsTheSameRows(string region)
    {
        var gz = Archives.Gzip(Text);
        const int header = 10; // ID1 ID2 CM FLG MTIME(4) XFL OS (RFC 1952 2.3); .NET writes no optional fields
        var (offsets, harmless) = region switch
        {
            // MTIME, XFL and OS: a time stamp and hints, covered by no checksum and carrying no data (RFC 1952 2.3.1).
            "header" => (Enumerable.Range(0, header), new[] { 4, 5, 6, 7, 8, 9 }),
            "data start" => (Enumerable.Range(header, 4), []),
            "data middle" => (Enumerable.Range(gz.Length / 2, 4), []),
            "data end" => (Enumerable.Range(gz.Length - 12, 4), []),
            "trailer CRC-32" => (Enumerable.Range(gz.Length - 8, 4), []),
            _ => (Enumerable.Range(gz.Length - 4, 4), Array.Empty<int>()),
        };

        Sweep(gz, offsets, harmless, "gzip");
    }

    [Fact]
    public void Read_StoredZipWithOneDigitOfAnEventIdChanged_FailsOnTheCrc()
    {
        // The reported case: a digit for a digit still parses, as a wrong event ID.
        using var temp = Fixture.Temp();
        var zip = Archives.Zip("20201113.export.CSV", Text, CompressionLevel.NoCompression);
        var at = Archives.Layout(zip).Data + 2;
        zip[at] = (byte)(zip[at] == '9' ? '8' : zip[at] + 1);
        var path = temp.Write("20201113.export.CSV.zip", zip);

        var problem = Outcome(path).Problem;

        Assert.NotNull(problem);
        Assert.Equal(path, problem.File);
        Assert.Contains("the zip member 20201113.export.CSV is damaged: its CRC-32 is", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipWithTheWrongCrcInItsTrailer_FailsAtTheEnd()
    {
        using var temp = Fixture.Temp();
        var gz = Archives.Flip(Archives.Gzip(Text), Archives.Gzip(Text).Length - 8);
        var path = temp.Write("bad-crc.CSV.gz", gz);

        var problem = Outcome(path).Problem;

        Assert.NotNull(problem);
        Assert.Equal(path, problem.File);
        Assert.Contains("damaged", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IntactArchives_ReadTheSameRowsAsThePlainFile()
    {
        using var temp = Fixture.Temp();
        foreach (var (name, bytes) in new[]
        {
            ("deflated.zip", Archives.Zip("a.CSV", Text, CompressionLevel.Optimal)),
            ("stored.zip", Archives.Zip("a.CSV", Text, CompressionLevel.NoCompression)),
            ("descriptor.zip", Archives.Zip("a.CSV", Text, CompressionLevel.Optimal, descriptor: true)),
            ("a.gz", Archives.Gzip(Text)),
        })
            Assert.Equal(Intact, Outcome(temp.Write(name, bytes)).Records);
    }

    /// <summary>Damages each offset in turn; every one must fail naming the file, except the harmless ones, which must read the intact rows.</summary>
    private static void Sweep(byte[] archive, IEnumerable<int> offsets, int[] harmless, string kind)
    {
        using var temp = Fixture.Temp();
        var wrong = new List<string>();
        foreach (var at in offsets)
        {
            var path = temp.Write($"damaged-{at}.{kind}", Archives.Flip(archive, at));
            var (problem, records) = Outcome(path);
            if (harmless.Contains(at))
            {
                if (problem is not null || !Intact.SequenceEqual(records!)) wrong.Add($"byte {at} (carries no data): {problem?.Message ?? "other rows"}");
            }
            else if (problem is null) wrong.Add($"byte {at}: read {records!.Count} rows without complaint");
            else if (problem.File != path) wrong.Add($"byte {at}: the problem names '{problem.File}'");
            else if (!Clear(problem.Message, kind, at)) wrong.Add($"byte {at}: unclear message: {problem.Message}");
            File.Delete(path);
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The message says the archive is damaged (a gzip whose magic bytes are gone is no longer told from text: any failure).</summary>
    private static bool Clear(string message, string kind, int at) =>
        kind == "gzip" && at < 2
        || message.Contains("damaged", StringComparison.Ordinal) || message.Contains("not a readable zip archive", StringComparison.Ordinal)
        || message.Contains("ends early", StringComparison.Ordinal);

    private static (Problem? Problem, List<EventRecord>? Records) Outcome(string path)
    {
        var opened = EventFile.Open(path);
        if (!opened.Ok) return (opened.Problems[0], null);
        using var reader = opened.Value!;
        var row = new CanonicalRow();
        var records = new List<EventRecord>();
        try
        {
            while (true)
            {
                var result = reader.Read(row, out _);
                if (result == ReadResult.End) return (null, records);
                if (result == ReadResult.Row) records.Add(row.ToRecord());
            }
        }
        catch (InputException e)
        {
            return (e.Problems[0], null);
        }
    }
}
