using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// The files of the kill sweep, built once from the 9,354 real GDELT 2.0 rows of the fixtures (fresh
/// IDs, LargeGdeltFile), and the store one clean run of each set makes.
/// <list type="bullet">
/// <item>Small: three files of 3,000 rows — bad rows and repeated IDs in the first, the second
/// gzipped and repeating 100 of the first's IDs, the third repeating 100 of the second's.</item>
/// <item>WithLarge: the first small file, a file of 123,000 rows (above DuckDB's 122,880-row row
/// group: its load writes row groups into the store file and its commit logs pointers to them —
/// the case whose kill left orphans), and a small file repeating 1,000 of its IDs.</item>
/// </list>
/// </summary>
public sealed class SweepFiles : IDisposable
{
    public SweepFiles()
    {
        Temp = Fixture.Temp();
        var first = Temp.File("20201113000000.export.CSV");
        LargeGdeltFile.Write(first, 3_000, firstId: 1_000_000_000, badEvery: 997, duplicateEvery: 499);
        var plainSecond = Temp.File("second.tmp");
        LargeGdeltFile.Write(plainSecond, 3_000, firstId: 1_000_002_900);
        var second = Temp.File("20201113001500.export.CSV.gz");
        LargeGdeltFile.Gzip(plainSecond, second);
        File.Delete(plainSecond);
        var third = Temp.File("20201113003000.export.CSV");
        LargeGdeltFile.Write(third, 3_000, firstId: 1_000_005_800);
        var large = Temp.File("20201114000000.export.CSV");
        LargeGdeltFile.Write(large, LargeRows, firstId: 1_100_000_000);
        var after = Temp.File("20201114001500.export.CSV");
        LargeGdeltFile.Write(after, 3_000, firstId: 1_100_000_000 + LargeRows - 1_000);
        Small = [first, second, third];
        WithLarge = [first, large, after];
        CleanSmall = Clean("clean-small.duckdb", Small);
        CleanWithLarge = Clean("clean-large.duckdb", WithLarge);
    }

    public const int LargeRows = 123_000;

    /// <summary>The tests that share these files (built once: two clean runs, one with the large file).</summary>
    public const string Collection = "fault sweep files";

    public TempFolder Temp { get; }

    public string[] Small { get; }

    public string[] WithLarge { get; }

    public StoreDigest CleanSmall { get; }

    public StoreDigest CleanWithLarge { get; }

    private StoreDigest Clean(string name, string[] files)
    {
        var db = Temp.File(name);
        var run = ChildIngest.Run(db, files, Temp.Root);
        Assert.True(run.Code == 0, $"the clean run: exit {run.Code}: {run.Out} {run.Error}");
        return StoreDigest.Of(db);
    }

    public void Dispose() => Temp.Dispose();
}
