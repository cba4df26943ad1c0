using Fulcrum.Events.Dyads;
using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb.Tests;

public class StoreTests
{
    [Fact]
    public void Open_NewFile_CreatesTheDocumentedTablesAndTypes()
    {
        using var s = new StoreFixture();

        using var command = s.Store.Connection.CreateCommand();
        command.CommandText = "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'events' ORDER BY column_index";
        using var r = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (r.Read()) columns.Add((r.GetString(0), r.GetString(1)));

        var expected = EventColumns.All.Select(c => (c.Name, StoreSchema.TypeOf(c.Kind))).Append(("ingest_id", "INTEGER"));
        Assert.Equal(expected, columns);
        Assert.Equal(310, s.Count("SELECT count(*) FROM cameo_event_codes"));
        Assert.Equal("ASSAULT", s.Scalar("SELECT plover_category FROM cameo_event_codes WHERE code = '190'"));
        Assert.Equal("1", s.Scalar("SELECT value FROM fulcrum_meta WHERE key = 'schema_version'"));
    }

    [Fact]
    public void Open_ReadOnlyWhereNoStoreIs_SaysToIngestFirst()
    {
        using var temp = Fixture.Temp();

        var opened = DuckDbEventStore.Open(temp.File("none.duckdb"), new DuckDbStoreOptions { ReadOnly = true });

        Assert.False(opened.Ok);
        Assert.Contains("no event store here", opened.Problems[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.duckdb")));
    }

    [Fact]
    public void Open_AFileThatIsNotAStore_IsRefused()
    {
        using var temp = Fixture.Temp();
        var path = temp.Write("notes.duckdb", "these are notes, not a database\n");

        var opened = DuckDbEventStore.Open(path);

        Assert.False(opened.Ok);
        Assert.Contains("DuckDB", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_SaysSo()
    {
        using var temp = Fixture.Temp();

        var opened = DuckDbEventStore.Open(temp.File("missing/store.duckdb"));

        Assert.False(opened.Ok);
        Assert.Contains("does not exist", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ReadOnly_SharesTheFileAndSeesItsContents()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Plain));
        s.Store.Dispose();

        using (var a = DuckDbEventStore.Open(s.DbPath, new DuckDbStoreOptions { ReadOnly = true }).Value!)
        using (var b = DuckDbEventStore.Open(s.DbPath, new DuckDbStoreOptions { ReadOnly = true }).Value!)
        {
            Assert.Equal(300, a.Coverage().Events);
            var day = new DateOnly(2020, 11, 13);
            Assert.Equal(new StoreCoverage(300, 1, day, day) { Spans = [new CoveredSpan(day, day)] }, b.Coverage());
            Assert.Throws<InvalidOperationException>(() => a.Ingest(new IngestRequest(Fixture.Path(Fixture.Gdelt1))));
        }
        s.Reopen();
    }

    [Fact]
    public async Task Coverage_EmptyStore_HasNoDates()
    {
        using var s = new StoreFixture();

        Assert.Equal(new StoreCoverage(0, 0, null, null), s.Store.Coverage());
        Assert.Empty((await s.Store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA" })).Points);
    }
}
