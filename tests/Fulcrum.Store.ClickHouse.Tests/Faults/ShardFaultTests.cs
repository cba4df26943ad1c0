using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.ClickHouse.Tests.Faults;

/// <summary>Servers of their own for the fault tests, which stop and start them.</summary>
public sealed class FaultServers : IDisposable
{
    public ClickHouseServers Servers { get; } = ClickHouseServers.Missing is null ? new ClickHouseServers(2) : null!;

    public void Dispose() => Servers?.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultServers>
{
    public const string Name = "ClickHouse faults";
}

/// <summary>
/// What the store does when a server stops: a shard killed while a file streams into it makes the
/// file fail; once the shard is back, the same ingest completes it with nothing doubled; a server
/// restarted between files loses nothing; a process killed before its ledger row is detected and
/// its rows removed by the next ingest.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ShardFaultTests(FaultServers fixture) : IDisposable
{
    private readonly TempFolder _temp = Fixture.Temp();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _opened = [];

    private ClickHouseServers Servers => fixture.Servers;

    private async Task<ClickHouseEventStore> OpenAsync(string location)
    {
        var opened = await ClickHouseEventStore.OpenAsync(location, readOnly: false, _time);
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        _opened.Add(opened.Value!);
        return opened.Value!;
    }

    [ClickHouseFact]
    public async Task ShardKilledWhileAFileStreams_FileFails_RerunOnceBackCompletesItWithNothingDoubled()
    {
        var store = await OpenAsync(Servers.NewCluster());
        var file = _temp.File("20201116.export.CSV");
        const int rows = 150_000;
        LargeGdeltFile.Write(file, rows);
        var killed = false;
        var progress = new Callback(p =>
        {
            if (killed || p.RowsRead < 50_000) return;
            killed = true;
            Servers.Kill(2);
        });

        var failed = await store.IngestAsync(new IngestRequest(file), progress);

        Assert.True(killed, "the shard was killed during the ingest");
        Assert.Equal(IngestStatus.Failed, failed.Status);
        Assert.Contains("nothing of the file was stored", failed.Message, StringComparison.Ordinal);
        Servers.Start();
        Assert.Equal((0L, 0L), ((await store.CoverageAsync()).Events, (await store.CoverageAsync()).Files));

        var again = await store.IngestAsync(new IngestRequest(file));

        Assert.Equal((IngestStatus.Ingested, (long)rows, 0L), (again.Status, again.Stored, again.Duplicate));
        Assert.Equal(rows, (await store.CoverageAsync()).Events);
        Assert.Single(await store.LedgerAsync());
        Assert.Equal(rows, await Servers0Distinct(store));
    }

    [ClickHouseFact]
    public async Task ShardStoppedAfterStaging_FileFails_RerunOnceBackCompletesItWithNothingDoubled()
    {
        var store = await OpenAsync(Servers.NewCluster());
        var days = Fixture.Gdelt2Days.Select(Fixture.Path).ToArray();
        Assert.Equal(IngestStatus.Ingested, (await store.IngestAsync(new IngestRequest(days[0]))).Status);
        var before = await store.CoverageAsync();
        store.Seam = step =>
        {
            if (step == "staged") Servers.Stop(2);
            return Task.CompletedTask;
        };

        var failed = await store.IngestAsync(new IngestRequest(days[1]));

        store.Seam = null;
        Assert.Equal(IngestStatus.Failed, failed.Status);
        // While the shard is down, the next file fails too (its rows may still be there), and nothing commits.
        Assert.Equal(IngestStatus.Failed, (await store.IngestAsync(new IngestRequest(days[2]))).Status);
        Servers.Start();
        Assert.Equal(before, await store.CoverageAsync());

        var again = await store.IngestAsync(new IngestRequest(days[1]));
        var third = await store.IngestAsync(new IngestRequest(days[2]));

        Assert.Equal((IngestStatus.Ingested, IngestStatus.Ingested), (again.Status, third.Status));
        var expected = days.SelectMany(d => Fixture.ReadAll(d).Records).DistinctBy(r => r.EventId).Count();
        Assert.Equal(expected, (await store.CoverageAsync()).Events);
        Assert.Equal(expected, await Servers0Distinct(store));
        Assert.Equal(3, (await store.LedgerAsync()).Count);
    }

    [ClickHouseFact]
    public async Task ServerRestartedBetweenFiles_LosesNothing()
    {
        var location = Servers.NewSingle();
        var days = Fixture.Gdelt2Days.Select(Fixture.Path).ToArray();
        var store = await OpenAsync(location);
        await store.IngestAsync(new IngestRequest(days[0]));
        var first = await store.CoverageAsync();

        Servers.Stop(1);
        Servers.Start();
        var afterRestart = await store.CoverageAsync();
        await store.IngestAsync(new IngestRequest(days[1]));
        Servers.Stop(1);
        Servers.Start();
        var reopened = await OpenAsync(location);
        await reopened.IngestAsync(new IngestRequest(days[2]));

        Assert.Equal(first, afterRestart);
        var expected = days.SelectMany(d => Fixture.ReadAll(d).Records).DistinctBy(r => r.EventId).ToList();
        var coverage = await reopened.CoverageAsync();
        Assert.Equal((expected.Count, 3L), (coverage.Events, coverage.Files));
        Assert.Equal(3, (await reopened.LedgerAsync()).Count);
    }

    [ClickHouseFact]
    public async Task KilledBeforeItsLedgerRow_IsDetectedAndRemoved_AndTheFileRedone()
    {
        var location = Servers.NewCluster();
        var days = Fixture.Gdelt2Days.Select(Fixture.Path).ToArray();
        var store = await OpenAsync(location);
        await store.IngestAsync(new IngestRequest(days[0]));
        var before = await store.CoverageAsync();
        store.Seam = step => step == "ledger-before" ? throw new Internal.SimulatedCrashException() : Task.CompletedTask;
        await Assert.ThrowsAsync<Internal.SimulatedCrashException>(() => store.IngestAsync(new IngestRequest(days[1])));

        // The half-done file's rows are on the shards, but no query counts them.
        var reader = await OpenAsync(location);
        Assert.Equal(before, await reader.CoverageAsync());
        var staged = 0L;
        foreach (var s in reader.Servers) staged += await s.CountAsync($"SELECT count() FROM {reader.Database}.events_local WHERE ingest_id = 2", default);
        Assert.True(staged > 0, "the killed ingest left rows behind");

        var redo = await reader.IngestAsync(new IngestRequest(days[1]));

        Assert.Equal((IngestStatus.Ingested, 3L), (redo.Status, redo.IngestId!.Value));
        var expected = days.Take(2).SelectMany(d => Fixture.ReadAll(d).Records).DistinctBy(r => r.EventId).Count();
        Assert.Equal(expected, (await reader.CoverageAsync()).Events);
        Assert.Equal(expected, await Servers0Distinct(reader));
        Assert.Equal([1L, 3L], (await reader.LedgerAsync()).Select(l => l.IngestId));
    }

    /// <summary>Every stored row on every shard, counted as distinct event IDs (a doubled row would count once).</summary>
    private static async Task<long> Servers0Distinct(ClickHouseEventStore store)
    {
        var db = store.Database;
        var rows = 0L;
        var distinct = 0L;
        foreach (var s in store.Servers)
        {
            rows += await s.CountAsync($"SELECT count() FROM {db}.events_local", default);
            distinct += await s.CountAsync($"SELECT uniqExact(event_id) FROM {db}.events_local", default);
        }
        Assert.Equal(rows, distinct);
        return rows;
    }

    public void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        _temp.Dispose();
    }

    private sealed class Callback(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
