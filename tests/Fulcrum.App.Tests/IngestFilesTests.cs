using Fulcrum.App.Ingest;
using Fulcrum.Events.Tests;

namespace Fulcrum.App.Tests;

public class IngestFilesTests
{
    [Fact]
    public void Expand_Folder_TakesEventFilesRecursivelyInNameOrderAndSkipsTheRest()
    {
        using var temp = Fixture.Temp();
        Directory.CreateDirectory(temp.File("2021/11"));
        foreach (var name in new[] { "2021/11/20211102.export.CSV.zip", "2021/11/20211101.export.CSV", "2021/events.tab.gz", "README.md", ".hidden.csv", "2021/11/notes.docx", "x.tsv" })
            temp.Write(name, "x");

        var files = IngestFiles.Expand([temp.Root]).ValueOrThrow().Select(f => Path.GetRelativePath(temp.Root, f).Replace('\\', '/'));

        Assert.Equal(["2021/11/20211101.export.CSV", "2021/11/20211102.export.CSV.zip", "2021/events.tab.gz", "x.tsv"], files);
    }

    [Fact]
    public void Expand_AFileGivenByName_IsTakenWhateverItsName()
    {
        using var temp = Fixture.Temp();
        var odd = temp.Write("download.bin", "x");

        Assert.Equal([odd], IngestFiles.Expand([odd]).ValueOrThrow());
    }

    [Fact]
    public void Expand_MissingPaths_AreAllReported()
    {
        var expanded = IngestFiles.Expand(["/no/such/a", "/no/such/b"]);

        Assert.Null(expanded.Value);
        Assert.Equal(["/no/such/a", "/no/such/b"], expanded.Problems.Select(p => p.File));
    }
}
