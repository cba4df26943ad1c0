using System.Globalization;
using System.Text;
using Fulcrum.Core.Time;
using Fulcrum.Events;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Reading;
using Microsoft.VisualBasic.FileIO;

namespace Fulcrum.Store.DuckDb.Tests;

/// <summary>
/// Files with a header row in the store: the real pandas CSVs give the dyads an independent CSV
/// parse counts, and events dated only to their month count in their month and on no day.
/// </summary>
public class HeaderFileTests
{
    [Fact]
    public async Task Ingest_RealUnderscoredCsvs_DailyDyadCountsMatchAnIndependentCsvParse()
    {
        using var store = new StoreFixture();
        var expected = new Dictionary<(string, string, DateOnly), int>();
        foreach (var name in HeaderReaderTests.Luka)
        {
            var result = store.Ingest(Fixture.Path(name));
            Assert.Equal((IngestStatus.Ingested, EventFormat.GdeltCsv, 0L), (result.Status, result.Format!.Value, result.Rejected));
            using var parser = new TextFieldParser(new StringReader(Fixture.Text(name))) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            var h = parser.ReadFields()!;
            int a1 = Array.IndexOf(h, "Actor_1_Country_ABBR"), a2 = Array.IndexOf(h, "Actor_2_Country_ABBR"), day = Array.IndexOf(h, "Day");
            while (parser.ReadFields() is { } f)
            {
                var key = (f[a1], f[a2], DateOnly.ParseExact(f[day], "yyyyMMdd", CultureInfo.InvariantCulture));
                expected[key] = expected.GetValueOrDefault(key) + 1;
            }
        }

        Assert.Equal(expected.Values.Sum(), store.Count("SELECT count(*) FROM events WHERE source_format = 'gdelt-csv'"));
        foreach (var (a, b) in new[] { ("USA", "RUS"), ("AFG", "USA"), ("CHN", "USA"), ("IRN", "ISR") })
        {
            var series = await store.Store.DyadAsync(new DyadQuery { ActorA = a, ActorB = b, By = Period.Day, Directed = true });
            Assert.Equal(3, series.Points.Count);
            foreach (var p in series.Points)
                Assert.Equal(expected.GetValueOrDefault((a, b, p.PeriodStart)), p.Events);
            Assert.True(series.Points.Sum(p => p.Events) > 0, $"{a}->{b} has events");
        }
    }

    [Fact]
    public async Task Dyad_MonthOnlyEvents_CountInTheirMonthAndOnNoDayOrWeek()
    {
        using var store = new StoreFixture();
        var path = store.Temp.File("monthly.csv");
        File.WriteAllText(path, string.Join("\n",
            "GLOBALEVENTID,MonthYear,Actor1CountryCode,Actor2CountryCode,EventCode",
            "101,202201,RUS,UKR,190", "102,202201,UKR,RUS,043", "103,202202,RUS,UKR,190") + "\n", new UTF8Encoding(false));

        var result = store.Ingest(path);
        var coverage = store.Store.Coverage();
        var monthly = await store.Store.DyadAsync(new DyadQuery { ActorA = "RUS", ActorB = "UKR", By = Period.Month });
        var daily = await store.Store.DyadAsync(new DyadQuery { ActorA = "RUS", ActorB = "UKR", By = Period.Day });

        Assert.Equal((IngestStatus.Ingested, 3L), (result.Status, result.Stored));
        // Stored without a day: event_date NULL, month_year kept; the file covers its months (basis month_year), not days.
        Assert.Equal(3, store.Count("SELECT count(*) FROM events WHERE event_date IS NULL AND month_year IN (202201, 202202)"));
        Assert.Equal("month_year", store.Scalar("SELECT basis FROM ingest_coverage"));
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 2, 28), 3L), (coverage.FirstDate!.Value, coverage.LastDate!.Value, coverage.MonthOnlyEvents));
        Assert.Empty(coverage.Spans);
        Assert.Equal([new CoveredSpan(new DateOnly(2022, 1, 1), new DateOnly(2022, 2, 28))], coverage.MonthSpans);
        Assert.Equal([2.0, 1.0], monthly.Points.Select(p => p.Events!.Value));
        Assert.Equal([(1.0, 1.0), (0.0, 1.0)], monthly.Points.Select(p => (p.N1!.Value, p.N4!.Value)));
        Assert.Equal(0, monthly.MonthOnlyLeftOut);
        // By day: 59 days, each no data (never a made-up day with the month's events, never a zero), and the events left out said.
        Assert.Equal(59, daily.Points.Count);
        Assert.All(daily.Points, p => Assert.False(p.Covered));
        Assert.Equal(3, daily.MonthOnlyLeftOut);
    }

    [Fact]
    public async Task Dyad_MonthOnlyEventsBesideDailyFiles_CountOnlyInWholeMonthsOfTheSpan()
    {
        using var store = new StoreFixture();
        var path = store.Temp.File("monthly.csv");
        File.WriteAllText(path, "GLOBALEVENTID,MonthYear,Actor1CountryCode,Actor2CountryCode,QuadClass\n201,202011,USA,RUS,3\n", new UTF8Encoding(false));
        store.Ingest(path);
        foreach (var day in Fixture.Gdelt2Days) store.Ingest(Fixture.Path(day));
        var q = new DyadQuery { ActorA = "USA", ActorB = "RUS", By = Period.Month };
        var days = Fixture.Gdelt2Days.SelectMany(d => Fixture.ReadAll(Fixture.Path(d)).Records).Count(r => LinqDyad(r));

        var whole = await store.Store.DyadAsync(q with { From = new DateOnly(2020, 11, 1), To = new DateOnly(2020, 11, 30) });
        var part = await store.Store.DyadAsync(q with { From = new DateOnly(2020, 11, 13), To = new DateOnly(2020, 11, 15) });
        var evidence = store.Store.Events(new EvidenceQuery(q, new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30), 1000));

        Assert.Equal(days + 1, Assert.Single(whole.Points).Events);
        Assert.Equal(days, Assert.Single(part.Points).Events); // part of a month cannot hold an event dated only to the month
        Assert.Equal(days, evidence.Total); // evidence lists dated events
        static bool LinqDyad(EventRecord r) => (r.Actor1.CountryCode, r.Actor2.CountryCode) is ("USA", "RUS") or ("RUS", "USA");
    }
}

/// <summary>CSV export writes no spreadsheet formula (OWASP, "CSV Injection").</summary>
public class ExportFormulaTests
{
    [Fact]
    public void Export_Csv_TextThatASpreadsheetWouldRunGetsAQuoteBeforeIt()
    {
        using var store = new StoreFixture();
        var path = store.Temp.File("names.csv");
        File.WriteAllText(path, string.Join("\n",
            "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor1Name,Actor2CountryCode,Actor2Name,EventCode,SOURCEURL,GoldsteinScale",
            "1,20220224,RUS,\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",UKR,+UKRAINE,190,@SUM(A1),-10",
            "2,20220224,RUS,-2+3,UKR,\"\tTAB\",190,https://example.org/a,-10") + "\n", new UTF8Encoding(false));
        store.Ingest(path);
        var csv = store.Temp.File("out.csv");
        var parquet = store.Temp.File("out.parquet");

        store.Store.Export(new ExportRequest(ExportFormat.Csv, csv));
        store.Store.Export(new ExportRequest(ExportFormat.Parquet, parquet));

        using var parser = new TextFieldParser(csv) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new[] { parser.ReadFields()!, parser.ReadFields()! };
        string Field(int row, string column) => rows[row][Array.IndexOf(header, column)];
        Assert.Equal("'=HYPERLINK(\"http://x.example\",\"click\")", Field(0, "actor1_name"));
        Assert.Equal("'+UKRAINE", Field(0, "actor2_name"));
        Assert.Equal("'@SUM(A1)", Field(0, "source_url"));
        Assert.Equal("'-2+3", Field(1, "actor1_name"));
        Assert.Equal("https://example.org/a", Field(1, "source_url"));
        Assert.Equal("-10.0", Field(0, "goldstein_scale")); // a number keeps its sign
        // A tab inside a value is stored as a space, so "\tTAB" begins with one: no formula either way.
        Assert.Equal(" TAB", Field(1, "actor2_name"));
        Assert.Equal("=HYPERLINK(\"http://x.example\",\"click\")", store.Scalar($"SELECT actor1_name FROM read_parquet('{parquet}') WHERE event_id = 1"));
    }
}
