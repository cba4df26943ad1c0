using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests;

public class ExportTests
{
    [Theory]
    [InlineData(ExportFormat.Csv, "read_csv")]
    [InlineData(ExportFormat.Parquet, "read_parquet")]
    public void Export_Everything_ReadsBackWithTheSameRowsAndValues(ExportFormat format, string reader)
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        s.Ingest(Fixture.Path(Fixture.Icews));
        var path = s.Temp.File("out." + format.ToString().ToLowerInvariant());

        var result = s.Store.Export(new ExportRequest(format, path));

        Assert.Equal(2824 + 3705, result.Rows);
        Assert.Equal(result.Rows, s.Count($"SELECT count(*) FROM {reader}('{path}')"));
        Assert.Equal((double)s.Scalar("SELECT round(sum(goldstein_scale), 6) FROM events")!, (double)s.Scalar($"SELECT round(sum(goldstein_scale), 6) FROM {reader}('{path}')")!);
        // Codes stay text with their leading zeros, in CSV too.
        Assert.Equal(s.Count("SELECT count(*) FROM events WHERE event_code = '046'"),
            s.Count($"SELECT count(*) FROM {reader}('{path}', {(format == ExportFormat.Csv ? "types = {'event_code': 'VARCHAR'}" : "binary_as_string = true")}) WHERE event_code = '046'"));
    }

    [Fact]
    public void Export_DatesAndActors_FilterTheRows()
    {
        using var s = new StoreFixture();
        foreach (var d in Fixture.Gdelt2Days) s.Ingest(Fixture.Path(d));
        var path = s.Temp.File("isr.csv");

        var result = s.Store.Export(new ExportRequest(ExportFormat.Csv, path, new DateOnly(2020, 11, 14), new DateOnly(2020, 11, 15), ["ISR", "RUS"]));

        Assert.Equal(s.Count("SELECT count(*) FROM events WHERE event_date >= DATE '2020-11-14' AND (actor1_country_code IN ('ISR','RUS') OR actor2_country_code IN ('ISR','RUS'))"), result.Rows);
        Assert.True(result.Rows > 0);
        Assert.StartsWith("dataset,event_id,event_date,", File.ReadLines(path).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_IntoAMissingFolder_IsAProblem()
    {
        using var s = new StoreFixture();

        var e = Assert.Throws<InputException>(() => s.Store.Export(new ExportRequest(ExportFormat.Parquet, s.Temp.File("no/such/out.parquet"))));

        Assert.Contains("does not exist", e.Problems[0].Message, StringComparison.Ordinal);
    }
}
