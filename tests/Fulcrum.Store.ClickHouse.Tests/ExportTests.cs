using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.ClickHouse.Tests;

/// <summary>Export from the cluster: CSV with the events table's header, every stored event once, in date order; Parquet refused with a hint.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TempFolder _temp = Fixture.Temp();

    [ClickHouseFact]
    public async Task Csv_HoldsEveryEventOnceWithTheTablesHeader_AndParquetIsRefused()
    {
        var opened = await ClickHouseEventStore.OpenAsync(ClickHouseServers.Shared.NewCluster(), readOnly: false, new FakeTimeProvider());
        using var store = opened.Value!;
        foreach (var d in Fixture.Gdelt2Days.Take(2)) await store.IngestAsync(new IngestRequest(Fixture.Path(d)));
        var events = (await store.CoverageAsync()).Events;

        var result = await store.ExportAsync(new ExportRequest(ExportFormat.Csv, _temp.File("events.csv")));

        var lines = await File.ReadAllLinesAsync(_temp.File("events.csv"));
        Assert.Equal((events, events + 1), (result.Rows, (long)lines.Length));
        Assert.Equal(string.Join(",", EventColumns.All.Select(c => c.Name).Append("ingest_id")), lines[0]);
        Assert.Equal(events, lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().LongCount());
        Assert.Equal(lines.Skip(1).Select(l => l.Split(',')[2]).Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[2]));
        Assert.Contains(",-10.0,", lines[1], StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<Fulcrum.Core.Problems.InputException>(() => store.ExportAsync(new ExportRequest(ExportFormat.Parquet, _temp.File("events.parquet"))));
        Assert.Contains("CSV only", refused.Problems[0].Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
