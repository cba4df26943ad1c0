using Fulcrum.Events.Reading;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// Issue 16, item 6: a SQLite file given as the store made DuckDB try to download its sqlite
/// extension. Every connection now has extension auto-install and auto-load off, and a file that
/// is not a DuckDB database is refused by its first bytes, before DuckDB sees it.
/// </summary>
public class ForeignFileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_SqliteFile_IsNotADuckDbFileAndIsLeftAsItWas(bool readOnly)
    {
        using var temp = Fixture.Temp();
        var path = temp.File("events.sqlite");
        File.Copy(Fixture.Path("sqlite/events.sqlite"), path);
        var before = FileChecksum.Sha256(path);

        var opened = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = readOnly });

        Assert.False(opened.Ok);
        Assert.Equal(path, opened.Problems[0].File);
        Assert.Equal("not a DuckDB file: a SQLite database", opened.Problems[0].Message);
        Assert.Equal(before, FileChecksum.Sha256(path));
        Assert.False(File.Exists(path + ".wal"));
    }

    [Fact]
    public void Open_AnEventFile_IsNotADuckDbFile()
    {
        var opened = DuckDbEventStore.Open(Fixture.Path(Fixture.Gdelt2Plain));

        Assert.False(opened.Ok);
        Assert.StartsWith("not a DuckDB file", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_AnyStore_HasExtensionAutoInstallAndAutoLoadOff(bool readOnly)
    {
        using var s = new StoreFixture();
        if (readOnly) s.Reopen(new DuckDbStoreOptions { ReadOnly = true });

        Assert.Equal(false, s.Scalar("SELECT current_setting('autoinstall_known_extensions')"));
        Assert.Equal(false, s.Scalar("SELECT current_setting('autoload_known_extensions')"));
        Assert.Equal(false, s.Scalar("SELECT current_setting('allow_community_extensions')"));
        Assert.Equal(s.DbPath + ".tmp", s.Scalar("SELECT current_setting('temp_directory')"));
    }
}
