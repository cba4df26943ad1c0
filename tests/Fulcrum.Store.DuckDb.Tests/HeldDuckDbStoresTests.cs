using DuckDB.NET.Data;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.DuckDb.Tests;

public class HeldDuckDbStoresTests
{
    private static readonly DyadQuery IsrUsa = new() { ActorA = "ISR", ActorB = "USA", By = Period.Day };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OpenAsync_ReadersAndAWriterAtOnce_SeeEachOthersCommittedDataThroughOneInstance()
    {
        using var temp = Fixture.Temp();
        var path = temp.File("events.duckdb");
        using var held = new HeldDuckDbStores(_time, writable: true);
        using (var first = await OpenAsync(held, path, StoreAccess.Writable))
            await first.IngestAsync(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[0])));

        using var reader = await OpenAsync(held, path, StoreAccess.ReadOnly);
        var before = await reader.LedgerAsync();
        using (var writer = await OpenAsync(held, path, StoreAccess.Writable))
        {
            // Readers query while the writer loads the next day; each answer is a committed state.
            var loading = writer.IngestAsync(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[1])));
            var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                using var r = await OpenAsync(held, path, StoreAccess.ReadOnly);
                return (await r.LedgerAsync()).Count;
            })));
            Assert.Equal(IngestStatus.Ingested, (await loading).Status);
            Assert.All(reads, n => Assert.InRange(n, 1, 2));
        }
        var after = await reader.LedgerAsync();

        Assert.Single(before);
        Assert.Equal(2, after.Count); // the reader opened before the write sees it once committed
        Assert.Equal(1, held.HeldCount);
        using var plain = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        Assert.Equal((await reader.DyadCountsAsync(IsrUsa, new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30))).Count,
            plain.DyadCounts(IsrUsa, new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30)).Count);
    }

    [Fact]
    public async Task ActorCountryCodesAsync_KeptForTheInstance_AreAskedAgainOnceAFileIsCommitted()
    {
        using var temp = Fixture.Temp();
        var path = temp.File("events.duckdb");
        using var held = new HeldDuckDbStores(_time, writable: true);
        using var reader = await OpenAsync(held, path, StoreAccess.Writable);
        Assert.Empty(await reader.ActorCountryCodesAsync());
        reader.Dispose();

        using (var writer = await OpenAsync(held, path, StoreAccess.Writable))
            await writer.IngestAsync(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[0])));
        using var after = await OpenAsync(held, path, StoreAccess.ReadOnly);

        var codes = await after.ActorCountryCodesAsync();
        Assert.Contains("ISR", codes);
        using var plain = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        Assert.Equal(plain.ActorCountryCodes().Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Dispose_OfAShare_LeavesTheInstanceOpenForTheOthers()
    {
        using var temp = Fixture.Temp();
        var path = StoreWithADay(temp);
        using var held = new HeldDuckDbStores(_time, writable: false);

        using var kept = await OpenAsync(held, path, StoreAccess.ReadOnly);
        (await OpenAsync(held, path, StoreAccess.ReadOnly)).Dispose();
        (await OpenAsync(held, path, StoreAccess.ReadOnly)).Dispose();

        Assert.Single(await kept.LedgerAsync());
        Assert.Equal(1, held.HeldCount);
    }

    [Fact]
    public async Task IdleRelease_AfterTheLastShare_ClosesTheInstanceSoAnotherOpenCanWrite()
    {
        using var temp = Fixture.Temp();
        var path = StoreWithADay(temp);
        using var held = new HeldDuckDbStores(_time, writable: false);
        (await OpenAsync(held, path, StoreAccess.ReadOnly)).Dispose();

        _time.Advance(HeldDuckDbStores.DefaultIdleRelease - TimeSpan.FromSeconds(1));
        Assert.Equal(1, held.HeldCount);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, held.HeldCount);

        // Held, this open would get the read-only instance (DuckDB.NET shares a data source open in the
        // process) and the ingest would fail; released, it opens the file writable.
        using (var writer = DuckDbEventStore.Open(path).ValueOrThrow())
            Assert.Equal(IngestStatus.Ingested, writer.Ingest(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[1]))).Status);
        using var again = await OpenAsync(held, path, StoreAccess.ReadOnly);
        Assert.Equal(2, (await again.LedgerAsync()).Count);
    }

    [Fact]
    public async Task IdleRelease_AShareOpenedInTime_KeepsTheInstance()
    {
        using var temp = Fixture.Temp();
        var path = StoreWithADay(temp);
        using var held = new HeldDuckDbStores(_time, writable: false);
        (await OpenAsync(held, path, StoreAccess.ReadOnly)).Dispose();

        _time.Advance(TimeSpan.FromSeconds(20));
        using var share = await OpenAsync(held, path, StoreAccess.ReadOnly);
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, held.HeldCount);
        Assert.Single(await share.LedgerAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OpenAsync_ReadOnlyWhereNoStoreIs_IsThePlainOpensProblemAndCreatesNothing(bool writable)
    {
        using var temp = Fixture.Temp();
        var path = temp.File("none.duckdb");
        using var held = new HeldDuckDbStores(_time, writable);

        var opened = await held.OpenAsync(path, StoreAccess.ReadOnly);

        Assert.False(opened.Ok);
        Assert.Equal(DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).Problems, opened.Problems);
        Assert.False(File.Exists(path));
        Assert.Equal(0, held.HeldCount);
    }

    [Fact]
    public async Task OpenAsync_ReadOnlyOnAHolderHeldWritable_RefusesADuckDbFileThatIsNotAStoreAndLeavesItSo()
    {
        using var temp = Fixture.Temp();
        var path = temp.File("other.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (line VARCHAR)";
            command.ExecuteNonQuery();
        }
        using var held = new HeldDuckDbStores(_time, writable: true);

        var opened = await held.OpenAsync(path, StoreAccess.ReadOnly);

        Assert.False(opened.Ok);
        Assert.Equal(DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).Problems, opened.Problems);
        using var check = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM duckdb_tables()";
        Assert.Equal(1L, Convert.ToInt64(tables.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OpenAsync_WritableOnAHolderHeldReadOnly_IsAProgrammingError()
    {
        using var temp = Fixture.Temp();
        using var held = new HeldDuckDbStores(_time, writable: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => held.OpenAsync(StoreWithADay(temp), StoreAccess.Writable));
    }

    [Fact]
    public async Task Dispose_OfTheHolder_CheckpointsAndClosesSoThePlainOpenSeesEverything()
    {
        using var temp = Fixture.Temp();
        var path = temp.File("events.duckdb");
        var held = new HeldDuckDbStores(_time, writable: true);
        using (var writer = await OpenAsync(held, path, StoreAccess.Writable))
            await writer.IngestAsync(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[0])));

        held.Dispose();

        Assert.Equal(0, held.HeldCount);
        Assert.False(File.Exists(path + ".wal") && new FileInfo(path + ".wal").Length > 0);
        using var plain = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        Assert.Single(plain.Ledger());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => held.OpenAsync(path, StoreAccess.ReadOnly));
    }

    private static async Task<IEventStore> OpenAsync(HeldDuckDbStores held, string path, StoreAccess access)
    {
        var opened = await held.OpenAsync(path, access);
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        return opened.Value!;
    }

    private static string StoreWithADay(TempFolder temp)
    {
        var path = temp.File("events.duckdb");
        using var store = DuckDbEventStore.Open(path).ValueOrThrow();
        store.Ingest(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[0])));
        return path;
    }
}
