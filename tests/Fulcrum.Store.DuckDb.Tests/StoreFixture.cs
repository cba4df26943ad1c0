using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.DuckDb.Tests;

/// <summary>A fresh store in a scratch folder, with a fixed clock.</summary>
public sealed class StoreFixture : IDisposable
{
    public StoreFixture(DuckDbStoreOptions? options = null)
    {
        Temp = Fixture.Temp();
        DbPath = Temp.File("store.duckdb");
        Store = Open(options);
    }

    public TempFolder Temp { get; }

    public string DbPath { get; }

    public DuckDbEventStore Store { get; private set; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));

    public DuckDbEventStore Open(DuckDbStoreOptions? options = null)
    {
        var opened = DuckDbEventStore.Open(DbPath, options, Time);
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        return opened.Value!;
    }

    public void Reopen(DuckDbStoreOptions? options = null)
    {
        Store.Dispose();
        Store = Open(options);
    }

    public FileIngestResult Ingest(string path, Events.EventFormat? format = null) => Store.Ingest(new IngestRequest(path, format));

    /// <summary>A copy of a fixture in the scratch folder (for tests that rename or alter files).</summary>
    public string Copy(string fixture, string? name = null)
    {
        var target = Temp.File(name ?? Path.GetFileName(fixture));
        File.Copy(Fixture.Path(fixture), target, overwrite: true);
        return target;
    }

    public long Count(string sql) => Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    public object? Scalar(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        Store.Dispose();
        Temp.Dispose();
    }
}
