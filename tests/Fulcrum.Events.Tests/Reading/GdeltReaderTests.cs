using System.Globalization;
using System.Security.Cryptography;
using Fulcrum.Events.Reading;

namespace Fulcrum.Events.Tests.Reading;

public class GdeltReaderTests
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string? N(string s) => s.Length == 0 ? null : s;

    [Theory]
    [InlineData(0, 2824)]
    [InlineData(1, 2601)]
    [InlineData(2, 3929)]
    public void Read_RealGdelt2Day_EveryRowMatchesAPlainSplitOfTheFile(int day, int rows)
    {
        var name = Fixture.Gdelt2Days[day];
        var (records, rejects, reader) = Fixture.ReadAll(Fixture.Path(name));
        var fields = Fixture.Fields(name);

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.Gdelt2, reader.Format);
        Assert.Equal(FileCompression.Gzip, reader.Compression);
        Assert.Equal(rows, records.Count);
        Assert.Equal(rows, fields.Count);
        for (var i = 0; i < rows; i++)
        {
            var (r, f) = (records[i], fields[i]);
            Assert.Equal("gdelt", r.Dataset);
            Assert.Equal(long.Parse(f[0], CultureInfo.InvariantCulture), r.EventId);
            Assert.Equal(f[1], r.EventDate!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Assert.Equal(N(f[5]), r.Actor1.Code);
            Assert.Equal(N(f[7]), r.Actor1.CountryCode);
            Assert.Equal(N(f[17]), r.Actor2.CountryCode);
            Assert.Equal(f[25] == "1", r.IsRootEvent);
            Assert.Equal(f[26], r.EventCode);
            Assert.Equal(f[27], r.EventBaseCode);
            Assert.Equal(f[28], r.EventRootCode);
            Assert.Equal(int.Parse(f[29], CultureInfo.InvariantCulture), r.QuadClass);
            Assert.Equal(D(f[30]), r.GoldsteinScale);
            Assert.Equal(int.Parse(f[31], CultureInfo.InvariantCulture), r.NumMentions);
            Assert.Equal(D(f[34]), r.AvgTone);
            Assert.Equal(N(f[39]), r.Actor1Geo.Adm2Code);
            Assert.Equal(f[56].Length == 0 ? null : D(f[56]), r.ActionGeo.Lat);
            Assert.Equal(N(f[58]), r.ActionGeo.FeatureId);
            Assert.Equal(f[59], r.DateAdded!.Value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            Assert.Equal(f[60], r.SourceUrl);
            Assert.Equal(i + 1, r.SourceLine);
        }
    }

    [Fact]
    public void Read_EventCodes_StayTextWithTheirLeadingZeros()
    {
        var (records, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Days[0]));

        var negotiate = records.First(r => r.EventCode == "046");
        Assert.Equal("046", negotiate.EventBaseCode);
        Assert.Equal("04", negotiate.EventRootCode);
        Assert.Contains(records, r => r.EventCode!.Length == 4 && r.EventCode.StartsWith('0'));
    }

    [Fact]
    public void Read_Gdelt1Rows_AreThe2Point0RowsWithoutAdm2AndWithADayForDateAdded()
    {
        var (v2, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Plain));
        var (v1, rejects, reader) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt1));
        var (v1NoUrl, _, readerNoUrl) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt1NoUrl));

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.Gdelt1, reader.Format);
        Assert.Equal(EventFormat.Gdelt1, readerNoUrl.Format);
        Assert.Equal(300, v1.Count);
        for (var i = 0; i < v2.Count; i++)
        {
            var expected = v2[i] with
            {
                Actor1Geo = v2[i].Actor1Geo with { Adm2Code = null },
                Actor2Geo = v2[i].Actor2Geo with { Adm2Code = null },
                ActionGeo = v2[i].ActionGeo with { Adm2Code = null },
                DateAdded = v2[i].DateAdded!.Value.Date,
                SourceFormat = EventFormat.Gdelt1,
            };
            Assert.Equal(expected, v1[i]);
            Assert.Equal(expected with { SourceUrl = null }, v1NoUrl[i]);
        }
    }

    [Fact]
    public void Read_CrlfLineEnds_GiveTheSameRowsAsLf()
    {
        using var temp = Fixture.Temp();
        var text = Fixture.Text(Fixture.Gdelt2Plain);
        var crlf = temp.Write("crlf.CSV", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var (lf, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Plain));
        var (cr, rejects, _) = Fixture.ReadAll(crlf);

        Assert.Empty(rejects);
        Assert.Equal(lf, cr);
    }

    [Fact]
    public void Read_LastLineWithoutLineEnd_IsRead()
    {
        using var temp = Fixture.Temp();
        var path = temp.Write("noeol.CSV", Fixture.Text(Fixture.Gdelt2Plain).TrimEnd('\n'));

        var (records, rejects, _) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal(300, records.Count);
    }

    [Fact]
    public void Checksum_AfterTheEnd_IsTheSha256OfTheFileOnDisk()
    {
        foreach (var name in new[] { Fixture.Gdelt2Plain, Fixture.Gdelt2Days[1], Fixture.Icews })
        {
            var (_, _, reader) = Fixture.ReadAll(Fixture.Path(name));
            var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Fixture.Path(name))));
            Assert.Equal(expected, reader.Checksum);
            Assert.Equal(expected, FileChecksum.Sha256(Fixture.Path(name)));
        }
    }
}
