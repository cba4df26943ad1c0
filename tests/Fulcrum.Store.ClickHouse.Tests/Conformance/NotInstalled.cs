namespace Fulcrum.Store.ClickHouse.Tests.Conformance;

/// <summary>Stands in for the conformance suite when clickhouse-server is not installed (it is then not built).</summary>
public sealed class ClickHouseNotInstalledTests
{
    [Fact(Skip = "the ClickHouse store conformance suite needs clickhouse-server, which is not installed and eng/test-deps.sh could not install (apt-get install clickhouse-server)")]
    public void ConformanceSuite() { }
}
