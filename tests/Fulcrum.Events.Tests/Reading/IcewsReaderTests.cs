using System.Globalization;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Reference;

namespace Fulcrum.Events.Tests.Reading;

public class IcewsReaderTests
{
    private static string? Na(string s) => s is "NA" or "" ? null : s;

    [Fact]
    public void Read_RealIcewsSample_EveryRowReadAndMatchesAPlainSplit()
    {
        var (records, rejects, reader) = Fixture.ReadAll(Fixture.Path(Fixture.Icews));
        var fields = Fixture.Fields(Fixture.Icews, skipHeader: true);

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.Icews, reader.Format);
        Assert.Equal(3705, records.Count);
        Assert.Equal(fields.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (r, f) = (records[i], fields[i]);
            Assert.Equal("icews", r.Dataset);
            Assert.Equal(long.Parse(f[0], CultureInfo.InvariantCulture), r.EventId);
            Assert.Equal(f[1], r.EventDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(Na(f[2]), r.Actor1.Name);
            Assert.Equal(Na(f[4]) is { } c1 ? IcewsCountries.CodeOf(c1) : null, r.Actor1.CountryCode);
            Assert.Equal(Na(f[10]) is { } c2 ? IcewsCountries.CodeOf(c2) : null, r.Actor2.CountryCode);
            Assert.Equal(f[6], r.EventCode);
            Assert.Equal(f[6][..2], r.EventRootCode);
            Assert.Equal(QuadClasses.FromRootCode(f[6].AsSpan(0, 2)), r.QuadClass);
            Assert.Equal(double.Parse(f[7], CultureInfo.InvariantCulture), r.GoldsteinScale);
            Assert.Equal(long.Parse(f[11], CultureInfo.InvariantCulture), r.Icews!.StoryId);
            Assert.Equal(Na(f[13]), r.Icews.Publisher);
            Assert.Equal(Na(f[18]) is { } lat ? double.Parse(lat, CultureInfo.InvariantCulture) : null, r.ActionGeo.Lat);
            Assert.Null(r.NumMentions);
            Assert.Null(r.AvgTone);
            Assert.Null(r.IsRootEvent);
            Assert.Equal(i + 2, r.SourceLine); // line 1 is the header
        }
    }

    [Fact]
    public void Read_IcewsCountryNames_AllMapToCodesGdeltUses()
    {
        var (records, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Icews));

        Assert.Contains(records, r => r.Actor1.CountryCode == "RUS"); // "Russian Federation"
        Assert.Contains(records, r => r.Actor2.CountryCode == "PSE"); // "Occupied Palestinian Territory"
        Assert.Equal("ROU", IcewsCountries.CodeOf("Romania"));       // GDELT rows carry ROU, not the old ROM
        Assert.Equal("MKD", IcewsCountries.CodeOf("the former Yugoslav Republic of Macedonia"));
        var names = Fixture.Fields(Fixture.Icews, skipHeader: true).SelectMany(f => new[] { f[4], f[10], f[17] }).Where(n => n != "NA").Distinct();
        Assert.All(names, n => Assert.NotNull(IcewsCountries.CodeOf(n)));
    }

    [Fact]
    public void Read_IcewsActors_GetACodeFromCountryAndSectors()
    {
        var (records, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Icews));

        // Line 2: Foreign Affairs (Bangladesh), sectors Executive,Foreign Ministry,Government.
        var first = records[0];
        Assert.Equal("BGD", first.Actor1.CountryCode);
        Assert.Equal("GOV", first.Actor1.Type1Code);
        Assert.Equal("BGDGOV", first.Actor1.Code);
        Assert.Equal("VNM", first.Actor2.CountryCode);
        Assert.Equal("MIL", first.Actor2.Type1Code); // High Ranking Military Personnel: Military,Government
        // A country acting as itself is coded like GDELT codes it: the bare country code.
        var japan = records.First(r => r.Actor1.Name == "Japan");
        Assert.Equal("JPN", japan.Actor1.Code);
        Assert.True(StateActors.IsState(japan.Actor1));
    }

    [Fact]
    public void Read_IcewsUnknownCountry_IsRejectedNamingTheTable()
    {
        using var temp = Fixture.Temp();
        var lines = Fixture.Text(Fixture.Icews).Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(4).ToArray();
        var f = lines[2].Split('\t');
        f[4] = "Atlantis";
        lines[2] = string.Join('\t', f);
        var (records, rejects, _) = Fixture.ReadAll(temp.Write("x.tab", string.Join('\n', lines) + "\n"));

        Assert.Equal(2, records.Count);
        var reject = Assert.Single(rejects);
        Assert.Equal(3, reject.Line);
        Assert.Equal(5, reject.Column);
        Assert.Equal("Source Country", reject.ColumnName);
        Assert.Contains("'Atlantis' is not in Fulcrum's ICEWS country table", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_IcewsForcedOnAGdeltFile_SaysAHeaderIsNeeded()
    {
        var opened = EventFile.Open(Fixture.Path(Fixture.Gdelt2Plain), EventFormat.Icews);

        Assert.False(opened.Ok);
        Assert.Contains("header row", opened.Problems[0].Message, StringComparison.Ordinal);
    }
}
