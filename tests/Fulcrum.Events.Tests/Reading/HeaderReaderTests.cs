using System.Globalization;
using System.Text;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Reading.Internal;
using Microsoft.VisualBasic.FileIO;

namespace Fulcrum.Events.Tests.Reading;

/// <summary>
/// Files with a header row (gdelt-csv): the real pandas CSVs of ../shared/data/gdelt (checked row by
/// row against GDELT's own layout of the same rows, and against an independent CSV parse), and
/// hand-made BigQuery-style files: column subsets, reordered columns, quoting, a month-only date.
/// </summary>
public class HeaderReaderTests
{
    public static readonly string[] Luka =
        ["gdelt-csv/luka_v2_conflict_2020-11-13.csv.gz", "gdelt-csv/luka_v2_conflict_2020-11-14.csv.gz", "gdelt-csv/luka_v2_conflict_2020-11-15.csv.gz"];

    [Theory]
    [InlineData(0, 2824)]
    [InlineData(1, 2601)]
    [InlineData(2, 3929)]
    public void Read_RealUnderscoredCsv_EveryRowIsGdeltsOwnRowOfTheSameEvent(int day, int rows)
    {
        var (csv, rejects, reader) = Fixture.ReadAll(Fixture.Path(Luka[day]));
        var (native, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Days[day]));

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.GdeltCsv, reader.Format);
        Assert.Equal(rows, reader.RowsRead);
        Assert.Equal(rows, csv.Count);
        // Every field, the codes that lost their leading zeros (46 for 046) restored from EventCode; the header is line 1.
        for (var i = 0; i < rows; i++)
            Assert.Equal(native[i] with { SourceFormat = EventFormat.GdeltCsv, SourceLine = i + 2 }, csv[i]);
        Assert.Contains(csv, r => r.EventCode == "046" && r.EventBaseCode == "046" && r.EventRootCode == "04");
    }

    [Fact]
    public void Read_RealUnderscoredCsv_RowAndDyadCountsMatchAnIndependentCsvParse()
    {
        foreach (var name in Luka)
        {
            // The independent pass: .NET's own RFC 4180 parser, columns taken by their header names.
            using var parser = new TextFieldParser(new StringReader(Fixture.Text(name))) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            var header = parser.ReadFields()!;
            int a1 = Array.IndexOf(header, "Actor_1_Country_ABBR"), a2 = Array.IndexOf(header, "Actor_2_Country_ABBR"), id = Array.IndexOf(header, "Global_Event_ID");
            var expected = new Dictionary<(string, string), int>();
            var ids = new List<long>();
            while (parser.ReadFields() is { } f)
            {
                ids.Add(long.Parse(f[id], CultureInfo.InvariantCulture));
                expected[(f[a1], f[a2])] = expected.GetValueOrDefault((f[a1], f[a2])) + 1;
            }

            var (records, _, _) = Fixture.ReadAll(Fixture.Path(name));
            var actual = records.GroupBy(r => (r.Actor1.CountryCode ?? "", r.Actor2.CountryCode ?? "")).ToDictionary(g => g.Key, g => g.Count());

            Assert.Equal(ids, records.Select(r => r.EventId));
            Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
            Assert.True(expected.Count > 100, "many dyads");
        }
    }

    [Fact]
    public void Read_BigQuerySubsetInAnotherOrder_TakesEachColumnByItsNameAndDerivesTheRest()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "bq.csv",
            "Actor2CountryCode,SQLDATE,EventCode,GLOBALEVENTID,Actor1CountryCode,NumMentions,AvgTone,SOURCEURL",
            "UKR,20220224,190,1029384756,RUS,12,-8.25,https://example.org/a",
            "USA,2022-02-25,0251,1029384757,ISR,3,1.5,");

        var (records, rejects, reader) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.GdeltCsv, reader.Format);
        var (war, talk) = (records[0], records[1]);
        Assert.Equal((1029384756L, new DateOnly(2022, 2, 24), "RUS", "UKR"), (war.EventId, war.EventDate!.Value, war.Actor1.CountryCode!, war.Actor2.CountryCode!));
        // GDELT's own derivations: MonthYear, Year and FractionDate from the day; base, root, quad class and Goldstein (CAMEO.goldsteinscale.txt: 190 -10, 0251 -0.3) from the code.
        Assert.Equal((202202, 2022, 2022.1479), (war.MonthYear, war.Year, war.FractionDate));
        Assert.Equal(("190", "190", "19", 4, -10.0), (war.EventCode, war.EventBaseCode, war.EventRootCode, war.QuadClass, war.GoldsteinScale));
        Assert.Equal((12, -8.25, "https://example.org/a"), (war.NumMentions!.Value, war.AvgTone!.Value, war.SourceUrl!));
        Assert.Equal((new DateOnly(2022, 2, 25), "0251", "025", "02", 1, -0.3), (talk.EventDate!.Value, talk.EventCode, talk.EventBaseCode, talk.EventRootCode, talk.QuadClass, talk.GoldsteinScale));
        Assert.Null(talk.SourceUrl);
        Assert.Null(war.Actor1.Code);
        Assert.Null(war.DateAdded);
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_AreOneFieldEachAndLinesStayCounted()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "quoted.csv",
            "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor1Name,Actor2CountryCode,EventCode,ActionGeo_FullName,SOURCEURL",
            "1,20220224,RUS,\"PUTIN, VLADIMIR\",UKR,190,\"Kyiv, Kyyiv, Misto,\r\nUkraine\",\"https://example.org/?a=1,b=\"\"2\"\"\"",
            "2,20220224,UKR,ZELENSKY,RUS,\"0251\",\"Lviv\nL'vivs'ka\n\nOblast\",",
            "3,20220225,USA,O\"BRIEN,RUS,043,Washington,");

        var (records, rejects, _) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal(3, records.Count);
        Assert.Equal("PUTIN, VLADIMIR", records[0].Actor1.Name);
        // A line break inside a value becomes a space: the store's text never holds one.
        Assert.Equal("Kyiv, Kyyiv, Misto, Ukraine", records[0].ActionGeo.FullName);
        Assert.Equal("https://example.org/?a=1,b=\"2\"", records[0].SourceUrl);
        Assert.Equal("Lviv L'vivs'ka  Oblast", records[1].ActionGeo.FullName);
        Assert.Equal("0251", records[1].EventCode);
        // A quote inside a field that does not start with one is an ordinary character (GDELT's names carry them).
        Assert.Equal("O\"BRIEN", records[2].Actor1.Name);
        // Each row's line is the line it starts on.
        Assert.Equal([2L, 4, 8], records.Select(r => r.SourceLine));
    }

    [Fact]
    public void Read_MonthOnly_KeepsTheMonthAndMakesUpNoDay()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "monthly.csv",
            "GLOBALEVENTID,MonthYear,Actor1CountryCode,Actor2CountryCode,EventCode,QuadClass,GoldsteinScale",
            "11,202201,RUS,UKR,190,4,-10",
            "12,2022-02,RUS,UKR,043,1,2.8");

        var (records, rejects, _) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.All(records, r => Assert.Null(r.EventDate));
        Assert.Equal([202201, 202202], records.Select(r => r.MonthYear));
        Assert.All(records, r => Assert.Equal(2022, r.Year));
        Assert.All(records, r => Assert.Equal(0, r.FractionDate)); // unknown: not the first of the month
    }

    [Fact]
    public void Read_QuadClassWithoutEventCode_StoresNoCodeAndNoScore()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "quads.csv", "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,QuadClass", "5,20220101,ISR,USA,2");

        var (records, rejects, _) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal((2, null, null), (records[0].QuadClass, records[0].EventCode, records[0].GoldsteinScale));
    }

    [Fact]
    public void Read_TabSeparatedWithHeaderReordered_IsReadByNameNotByPosition()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "bq.tsv",
            "SQLDATE\tGLOBALEVENTID\tActor1CountryCode\tActor2CountryCode\tEventCode\tDATEADDED\tIsRootEvent",
            "20201113\t954680550\tAFG\tGBR\t190\t2020-11-13 00:15:00 UTC\ttrue",
            "20201113\t954680551\tAFG\tGBR\t190\t20201113001500\t0");

        var (records, rejects, reader) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.GdeltCsv, reader.Format);
        Assert.All(records, r => Assert.Equal(new DateTime(2020, 11, 13, 0, 15, 0, DateTimeKind.Utc), r.DateAdded));
        Assert.Equal([true, false], records.Select(r => r.IsRootEvent!.Value));
    }

    [Fact]
    public void Read_GdeltsOwnHeaderInItsOwnOrder_IsStillTheNativeFormat()
    {
        using var temp = Fixture.Temp();
        var row = File.ReadAllLines(Fixture.Path(Fixture.Gdelt2Plain))[0];
        var path = Write(temp, "with-header.export.CSV", string.Join('\t', GdeltLayout.Gdelt2.Select(f => f.Name)), row);

        var (records, rejects, reader) = Fixture.ReadAll(path);

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.Gdelt2, reader.Format);
        Assert.Equal(2, Assert.Single(records).SourceLine);
    }

    [Fact]
    public void Read_GdeltsOwnNamesTabSeparatedInAnotherOrder_IsReadByName()
    {
        using var temp = Fixture.Temp();
        var names = GdeltLayout.Gdelt2.Select(f => f.Name).ToArray();
        var fields = File.ReadAllLines(Fixture.Path(Fixture.Gdelt2Plain))[0].Split('\t');
        (names[0], names[1], fields[0], fields[1]) = (names[1], names[0], fields[1], fields[0]);
        var path = Write(temp, "swapped.tsv", string.Join('\t', names), string.Join('\t', fields));

        var (records, rejects, reader) = Fixture.ReadAll(path);
        var (native, _, _) = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Plain));

        Assert.Empty(rejects);
        Assert.Equal(EventFormat.GdeltCsv, reader.Format);
        Assert.Equal(native[0] with { SourceFormat = EventFormat.GdeltCsv, SourceLine = 2 }, Assert.Single(records));
    }

    [Theory]
    // Leading zeros lost on the way (pandas, a spreadsheet): the base and root codes are the same numbers, restored from EventCode.
    [InlineData("046,46,4,1", true, "")]
    // EventCode itself lost its zero: 46 has no CAMEO root.
    [InlineData("46,46,4,1", false, "its root 46 is not 01 to 20 (did it lose a leading zero, '046' read as a number?")]
    // 10 is a real code (root 10, verbal conflict); with quad class 1 it was 010 once.
    [InlineData("10,10,1,1", false, "'1' is not the first two digits of EventCode '10'")]
    [InlineData("10,,,1", false, "1 does not match EventCode '10' (root 10 is verbal conflict, quad class 3); did EventCode lose a leading zero ('010')?")]
    [InlineData("046,047,04,1", false, "'047' is not the first three digits of EventCode '046'")]
    public void Read_CodesThatLostLeadingZeros_AreRestoredOnlyWhenEventCodeKeptThem(string codes, bool ok, string reason)
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "codes.csv", "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,EventBaseCode,EventRootCode,QuadClass",
            $"7,20201113,AFG,IRQ,{codes}", "8,20201113,AFG,IRQ,190,190,19,4");

        var (records, rejects, _) = Fixture.ReadAll(path);

        if (ok)
        {
            Assert.Empty(rejects);
            Assert.Equal(("046", "046", "04"), (records[0].EventCode, records[0].EventBaseCode, records[0].EventRootCode));
        }
        else
        {
            var reject = Assert.Single(rejects);
            Assert.Equal(2, reject.Line);
            Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("20201113,202012", 6, "MonthYear", "202012 does not match SQLDATE 20201113")]
    [InlineData(",", 0, "", "no date: SQLDATE and MonthYear are empty")]
    [InlineData("2020-13-01,", 5, "SQLDATE", "'2020-13-01' is not a date (YYYYMMDD or YYYY-MM-DD)")]
    public void Read_BadDates_AreRejectedWithTheFileOwnColumnName(string dates, int column, string name, string reason)
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "dates.csv", "GLOBALEVENTID,Actor1CountryCode,Actor2CountryCode,EventCode,SQLDATE,MonthYear", $"9,ISR,USA,043,{dates}",
            "10,ISR,USA,043,20201113,202011");

        var (_, rejects, _) = Fixture.ReadAll(path);

        var reject = Assert.Single(rejects);
        Assert.Equal((column, name, reason), (reject.Column, reject.ColumnName, reject.Reason));
    }

    [Fact]
    public void Read_AQuoteThatNeverCloses_RejectsItsRecordAndTheFileGoesOn()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "open.csv", "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,Actor1Name",
            "1,20201113,AFG,IRQ,190,AFGHANISTAN", "2,20201113,AFG,IRQ,190,\"AFGHAN");

        var (records, rejects, _) = Fixture.ReadAll(path);

        Assert.Single(records);
        var reject = Assert.Single(rejects);
        Assert.Equal((3L, 6, "Actor1Name"), (reject.Line, reject.Column, reject.ColumnName));
        Assert.Contains("a quoted field opens and never closes", reject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // A monthly aggregate: the closest layout, and what it lacks.
    [InlineData("not-events/icyswan_CHN_actor1_monthly_quad-first20.csv",
        "a header row of GDELT fields, but not the fields an event file needs: the closest layout, GDELT's own names (as BigQuery exports them), lacks GLOBALEVENTID; Actor1CountryCode (line 1: 6 comma-separated names, 4 of them GDELT's: MonthYear, Actor2CountryCode, QuadClass, GoldsteinScale)")]
    // GDELT's mentions table shares only the event id with the events.
    [InlineData("not-events/gdeltPyR_mentionssamp_20170701-first20.csv", "; line 1 names globaleventid only")]
    [InlineData("not-events/moxious_gkg2_20200222-first2.csv", "unrecognised format: 1 tab-separated field; GDELT 1.0 rows have 57 or 58")]
    [InlineData("not-events/moxious_gdelt1_reduced_1979-first20.tsv", "line 1 names QuadClass only")]
    public void Open_RealFilesWithAHeaderThatAreNotEvents_SayWhatTheyLack(string name, string message)
    {
        var opened = EventFile.Open(Fixture.Path(name));

        Assert.False(opened.Ok);
        Assert.Contains(message, opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnderscoredHeaderMissingTheCountries_NamesItsOwnLayoutAndItsOwnNames()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "partial.csv", ",Global_Event_ID,Day,Actor_1_Country_Code,Actor_2_Country_Code,Event_Code", "0,1,20201113,AFGINSTAL,USA,190");

        var opened = EventFile.Open(path);

        Assert.False(opened.Ok);
        Assert.Contains("the closest layout, the underscored names (Global_Event_ID, Day, Actor_1_Country_ABBR, …), lacks Actor_1_Country_ABBR; Actor_2_Country_ABBR", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AColumnNamedTwice_IsAProblemWithBothColumns()
    {
        using var temp = Fixture.Temp();
        var path = Write(temp, "twice.csv", "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,sqldate", "1,20201113,AFG,IRQ,190,20201114");

        var opened = EventFile.Open(path);

        Assert.False(opened.Ok);
        Assert.Equal("the header names SQLDATE twice: column 2 ('SQLDATE') and column 6 ('sqldate')", opened.Problems[0].Message);
    }

    private static string Write(TempFolder temp, string name, params string[] lines)
    {
        var path = temp.File(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
