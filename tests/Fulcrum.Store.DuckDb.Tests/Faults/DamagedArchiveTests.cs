using System.IO.Compression;
using System.Text;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// Issue 16, item 3, at the store: a damaged archive is a failed file with nothing of it stored —
/// no events, no rejects, no ledger row — where before a zip damaged in its deflate data was
/// "ingested" with 1,007 of 2,054 rows, and a stored zip with one changed byte stored a wrong ID.
/// (Every region of both formats: tests/Fulcrum.Events.Tests/Reading/ArchiveDamageTests.)
/// </summary>
public class DamagedArchiveTests
{
    private static readonly byte[] Day = Encoding.UTF8.GetBytes(Fixture.Text(Fixture.Gdelt2Days[0]));

    public static TheoryData<string> Damage => ["deflate data", "stored data, one digit", "central directory CRC", "gzip data", "gzip trailer CRC"];

    [Theory]
    [MemberData(nameof(Damage))]
    public void Ingest_DamagedArchive_FailsAndStoresNothing(string damage)
    {
        using var s = new StoreFixture();
        var bytes = Build(damage);
        var path = s.Temp.Write(damage.Replace(' ', '-').Replace(',', '-') + (damage.StartsWith("gzip", StringComparison.Ordinal) ? ".CSV.gz" : ".CSV.zip"), bytes);

        var result = s.Ingest(path);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(path, result.Path);
        Assert.Contains("damaged", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, s.Count("SELECT count(*) FROM events"));
        Assert.Equal(0, s.Count("SELECT count(*) FROM ingest_rejects"));
        Assert.Empty(s.Store.Ledger());
    }

    [Fact]
    public void Ingest_TheSameArchivesIntact_StoreTheWholeDay()
    {
        using var s = new StoreFixture();
        var zip = s.Ingest(s.Temp.Write("day.CSV.zip", Archives.Zip("20201113.export.CSV", Day, CompressionLevel.Optimal)));
        var stored = s.Ingest(s.Temp.Write("day-stored.CSV.zip", Archives.Zip("20201113.export.CSV", Day, CompressionLevel.NoCompression)));

        Assert.Equal(IngestStatus.Ingested, zip.Status);
        Assert.Equal(2824, zip.Stored);
        Assert.Equal(2824, stored.Duplicate);
        Assert.Equal(2824, s.Count("SELECT count(*) FROM events"));
    }

    private static byte[] Build(string damage)
    {
        switch (damage)
        {
            case "deflate data":
                {
                    var zip = Archives.Zip("20201113.export.CSV", Day, CompressionLevel.Optimal);
                    var layout = Archives.Layout(zip);
                    return Archives.Flip(zip, layout.Data + (layout.DataLength / 2));
                }
            case "stored data, one digit":
                {
                    var zip = Archives.Zip("20201113.export.CSV", Day, CompressionLevel.NoCompression);
                    var at = Archives.Layout(zip).Data + 3;
                    zip[at] = (byte)(zip[at] == '9' ? '8' : zip[at] + 1);
                    return zip;
                }
            case "central directory CRC":
                {
                    var zip = Archives.Zip("20201113.export.CSV", Day, CompressionLevel.Optimal);
                    return Archives.Flip(zip, Archives.Layout(zip).CentralDirectory + 16);
                }
            case "gzip data":
                {
                    var gz = Archives.Gzip(Day);
                    return Archives.Flip(gz, gz.Length / 2);
                }
            default:
                {
                    var gz = Archives.Gzip(Day);
                    return Archives.Flip(gz, gz.Length - 6);
                }
        }
    }
}
