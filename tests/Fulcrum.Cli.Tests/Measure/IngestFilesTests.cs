using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

public class IngestFilesTests
{
    [Fact]
    public void Expand_Folder_TakesEventFilesRecursivelyInNameOrderAndSkipsTheRest()
    {
        using var temp = Fixture.Temp();
        Directory.CreateDirectory(temp.File("2021/11"));
        foreach (var name in new[] { "2021/11/20211102.export.CSV.zip", "2021/11/20211101.export.CSV", "2021/events.tab.gz", "README.md", ".hidden.csv", "2021/11/notes.docx", "x.tsv" })
            temp.Write(name, "x");

        var files = IngestFiles.Expand([temp.Root]).Select(f => Path.GetRelativePath(temp.Root, f).Replace('\\', '/'));

        Assert.Equal(["2021/11/20211101.export.CSV", "2021/11/20211102.export.CSV.zip", "2021/events.tab.gz", "x.tsv"], files);
    }

    [Fact]
    public void Expand_AFileGivenByName_IsTakenWhateverItsName()
    {
        using var temp = Fixture.Temp();
        var odd = temp.Write("download.bin", "x");

        Assert.Equal([odd], IngestFiles.Expand([odd]));
    }

    [Fact]
    public void Expand_MissingPaths_AreAllReported()
    {
        var e = Assert.Throws<InputException>(() => IngestFiles.Expand(["/no/such/a", "/no/such/b"]));

        Assert.Equal(2, e.Problems.Count);
    }

    [Fact]
    public void Help_ListsTheEventCommands()
    {
        var run = CliRunner.Run("--help");

        foreach (var command in new[] { "ingest", "rejects", "dyad", "export" })
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        var dyad = CliRunner.Run("dyad", "--help");
        foreach (var option in new[] { "--db", "--directed", "--by", "--from", "--to", "--state-actors", "--root-only", "--min-mentions", "--dedupe", "--normalize", "--csv" })
            Assert.Contains(option, dyad.Out, StringComparison.Ordinal);
    }
}
