using System.IO.Compression;
using System.Text;
using Fulcrum.Detection.Reading;
using Fulcrum.Tests.Shared;
using Xunit.Abstractions;

namespace Fulcrum.Detection.Tests.Hostile;

/// <summary>Series paths that are not series files, and series text that is not what it seems.</summary>
public sealed class SeriesFileHostileTests(ITestOutputHelper output) : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ReadFile_DevZero_IsRefusedWithoutReading()
    {
        var result = SpecialFiles.WithinPatience(() => SeriesCsv.ReadFile("/dev/zero"));
        Assert.Equal("is a device, not a file", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ReadFile_NamedPipeWithNoWriter_IsRefusedWithoutBlocking()
    {
        var fifo = _files.Fifo("series.csv");
        var result = SpecialFiles.WithinPatience(() => SeriesCsv.ReadFile(fifo));
        Assert.StartsWith("is a named pipe (FIFO)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Folder_SaysItIsAFolder() =>
        Assert.Equal("is a folder, not a file", Assert.Single(SeriesCsv.ReadFile(_files.Folder).Problems).Message);

    [Fact]
    public void ReadFile_Unreadable_IsAProblemNamingTheFile()
    {
        if (_files.Unreadable(out var why) is not { } path)
        {
            output.WriteLine($"not run: {why}");
            return;
        }
        var problem = Assert.Single(SeriesCsv.ReadFile(path).Problems);
        Assert.Equal((path, "cannot be read: permission denied"), (problem.File, problem.Message));
    }

    [Fact]
    public void ReadFile_GzipThatDecompressesPastTheCap_IsStoppedThere()
    {
        // 80 MB of zeros compress to about 80 KB: a "zip bomb" for a 64 MiB cap.
        var path = Path.Combine(_files.Folder, "bomb.csv.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 80; i++) gz.Write(zeros);
        }
        var problem = Assert.Single(SeriesCsv.ReadFile(path).Problems);
        Assert.Equal("file holds more than 67,108,864 bytes; a series file may be at most 67,108,864 bytes", problem.Message);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_IsReportedAtItsLine()
    {
        var path = Path.Combine(_files.Folder, "latin1.csv");
        File.WriteAllBytes(path, [.. "date,series,value\n2021-10-01,A,1\n2021-10-02,"u8, 0xE9, .. "t\u00e9,2\n"u8]);
        var problem = Assert.Single(SeriesCsv.ReadFile(path).Problems);
        Assert.Equal((3, 12, "file is not valid UTF-8 (a byte sequence that is not a character)"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void ReadFile_CarriageReturnLineEnds_AreLineEnds()
    {
        var path = _files.File("cr.csv", "date,series,value\r2021-10-01,A,1\r2021-10-02,A,2\r");
        Assert.Equal(2, SeriesCsv.ReadFile(path).Value!.Series[0].Count);
    }

    [Fact]
    public void ReadFile_TwoByteOrderMarks_DoNotBecomePartOfTheHeader()
    {
        var path = Path.Combine(_files.Folder, "bom.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("date,A\n2021-10-01,1\n2021-10-02,2\n")]);
        var set = SeriesCsv.ReadFile(path);
        Assert.True(set.Ok, string.Join("\n", set.Problems));
        Assert.Equal("A", set.Value!.Series[0].Name);
    }
}
