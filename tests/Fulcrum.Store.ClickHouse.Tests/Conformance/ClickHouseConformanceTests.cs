using Fulcrum.Events.Store;
using Fulcrum.Events.Tests.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.ClickHouse.Tests.Conformance;

/// <summary>The store conformance suite on one ClickHouse server: a new database per test.</summary>
public sealed class ClickHouseSingleConformanceTests : EventStoreConformance
{
    protected override IEventStoreFactory Factory { get; } = new ClickHouseEventStoreFactory(new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero)));

    protected override string NewLocation() => ClickHouseServers.Shared.NewSingle();
}

/// <summary>The store conformance suite on the two-shard cluster: events spread over both, read through the Distributed table.</summary>
public sealed class ClickHouseClusterConformanceTests : EventStoreConformance
{
    protected override IEventStoreFactory Factory { get; } = new ClickHouseEventStoreFactory(new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero)));

    protected override string NewLocation() => ClickHouseServers.Shared.NewCluster();
}
