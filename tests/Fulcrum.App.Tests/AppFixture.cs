using Fulcrum.Store.DuckDb;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests;

/// <summary>The application services as a host builds them: the real DuckDB store engine, a fixed clock.</summary>
internal static class AppFixture
{
    public static FulcrumServices Services()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        return new FulcrumServices(new DuckDbEventStoreFactory(time), time);
    }
}
