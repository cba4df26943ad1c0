using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.DuckDb.Tests.Conformance;

/// <summary>The store conformance suite on DuckDB stores held open (<c>serve --watch</c>'s factory): every store is a share of one instance per file.</summary>
public sealed class HeldDuckDbConformanceTests : EventStoreConformance
{
    private readonly TempFolder _temp = Fixture.Temp();
    private readonly HeldDuckDbStores _held = new(new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero)), writable: true);
    private int _stores;

    protected override IEventStoreFactory Factory => _held;

    protected override string NewLocation() => _temp.File($"store-{++_stores}.duckdb");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _held.Dispose();
        _temp.Dispose();
    }
}
