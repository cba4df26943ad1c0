using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Watch.Tests.Store;

/// <summary>One store of <see cref="StoreData"/> for a test class, opened read-only.</summary>
public sealed class StoreFixture : IDisposable
{
    public StoreFixture()
    {
        DbPath = Temp.File("store.duckdb");
        StoreData.Build(DbPath, StoreData.WriteExport(Temp));
        Store = DuckDbEventStore.Open(DbPath, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
    }

    public TempFolder Temp { get; } = Fixture.Temp();

    public string DbPath { get; }

    public DuckDbEventStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Temp.Dispose();
    }
}
