using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.DuckDb.Tests.Conformance;

/// <summary>The store conformance suite on DuckDB: a fresh store file per test.</summary>
public sealed class DuckDbConformanceTests : EventStoreConformance
{
    private readonly TempFolder _temp = Fixture.Temp();
    private int _stores;

    protected override IEventStoreFactory Factory { get; } = new DuckDbEventStoreFactory(new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero)));

    protected override string NewLocation() => _temp.File($"store-{++_stores}.duckdb");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _temp.Dispose();
    }
}
