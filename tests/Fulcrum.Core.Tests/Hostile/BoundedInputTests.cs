using System.Text;
using Fulcrum.Core.IO;
using Fulcrum.Tests.Shared;
using Xunit.Abstractions;

namespace Fulcrum.Core.Tests.Hostile;

/// <summary>
/// The one reader of user files: what is not a regular file is refused before it is opened (a pipe
/// never blocks, a device is never read), what is too large is refused from its size or one byte
/// past the cap, and every failure is a problem naming the file.
/// </summary>
public sealed class BoundedInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ReadText_RegularFile_GivesItsText()
    {
        var path = _files.File("case.yaml", "fulcrum: 1\n");
        var text = BoundedInput.ReadText(path, InputKind.CaseFile);
        Assert.Equal("fulcrum: 1\n", text.Value);
    }

    [Fact]
    public void ReadText_EmptyFile_GivesEmptyText()
    {
        var path = _files.File("empty.csv", "");
        Assert.Equal("", BoundedInput.ReadText(path, InputKind.SeriesCsv).Value);
    }

    [Fact]
    public void ReadBytes_NamedPipeWithNoWriter_IsRefusedWithoutBlocking()
    {
        var fifo = _files.Fifo();
        var result = SpecialFiles.WithinPatience(() => BoundedInput.ReadBytes(fifo, InputKind.SeriesCsv));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((fifo, "is a named pipe (FIFO), not a file: reading it would wait for a writer"), (problem.File, problem.Message));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void ReadBytes_Device_IsRefusedWithoutReading(string device)
    {
        var result = SpecialFiles.WithinPatience(() => BoundedInput.ReadBytes(device, InputKind.BargainingTable));
        Assert.Equal("is a device, not a file", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Open_Folder_SaysItIsAFolder()
    {
        var problem = Assert.Single(BoundedInput.Open(_files.Folder, InputKind.CaseFile).Problems);
        Assert.Equal("is a folder, not a file", problem.Message);
        Assert.Equal("give the path of a case file inside it", problem.Hint);
    }

    [Theory]
    [InlineData(InputKind.CaseFile, "file not found")]
    [InlineData(InputKind.SeriesCsv, "no such file")]
    [InlineData(InputKind.BargainingTable, "file not found")]
    [InlineData(InputKind.Judgements, "file not found")]
    public void Open_MissingFile_SaysSo(InputKind kind, string message)
    {
        var path = Path.Combine(_files.Folder, "no", "such.file");
        var problem = Assert.Single(BoundedInput.Open(path, kind).Problems);
        Assert.Equal((path, message), (problem.File, problem.Message));
    }

    [Fact]
    public void Open_EmptyPath_SaysNoFileWasGiven() =>
        Assert.Equal("no file was given", Assert.Single(BoundedInput.Open("", InputKind.Judgements).Problems).Message);

    [Fact]
    public void ReadBytes_FileOverTheCap_IsRefusedFromItsSize()
    {
        var path = Path.Combine(_files.Folder, "huge.csv");
        using (var stream = File.Create(path)) stream.SetLength(InputKinds.MaxBytes(InputKind.SeriesCsv) + 1); // sparse: nothing written
        var problem = Assert.Single(BoundedInput.ReadBytes(path, InputKind.SeriesCsv).Problems);
        Assert.Equal("file is 67,108,865 bytes; a series file may be at most 67,108,864 bytes", problem.Message);
    }

    [Fact]
    public void ReadBytes_FileThatHoldsMoreThanItReports_StopsOneBytePastTheCap()
    {
        // Files under /proc report a size of 0 and hold more: only the cap stops them.
        const string path = "/proc/self/status";
        Assert.True(new FileInfo(path).Length == 0, "the test needs a file whose reported size is 0");
        var problem = Assert.Single(BoundedInput.ReadBytes(path, InputKind.Judgements, cap: 100).Problems);
        Assert.Equal("file holds more than 100 bytes; a judgement file may be at most 100 bytes", problem.Message);
    }

    [Fact]
    public void Open_FileOverTheCap_IsRefusedBeforeReading()
    {
        var path = _files.File("big.csv", new string('x', 50));
        var problem = Assert.Single(BoundedInput.Open(path, InputKind.SeriesCsv, cap: 20).Problems);
        Assert.Equal("file is 50 bytes; a series file may be at most 20 bytes", problem.Message);
    }

    [Fact]
    public void Open_StreamReadPastTheCap_ThrowsAnInputLimitExceptionWithTheProblem()
    {
        const string path = "/proc/self/status";
        using var stream = BoundedInput.Open(path, InputKind.SeriesCsv, cap: 20).Value!;
        var buffer = new byte[64];
        var e = Assert.Throws<InputLimitException>(() => { while (stream.Read(buffer) > 0) { } });
        Assert.Equal((path, "file holds more than 20 bytes; a series file may be at most 20 bytes"), (e.Problem.File, e.Problem.Message));
    }

    [Fact]
    public void ReadText_UnreadableFile_IsAProblemNamingTheFile()
    {
        if (_files.Unreadable(out var why) is not { } path)
        {
            output.WriteLine($"not run: {why}");
            return;
        }
        var problem = Assert.Single(BoundedInput.ReadText(path, InputKind.SeriesCsv).Problems);
        Assert.Equal((path, "cannot be read: permission denied"), (problem.File, problem.Message));
    }

    [Fact]
    public void ReadText_InvalidUtf8_IsLocated()
    {
        var path = Path.Combine(_files.Folder, "bad.csv");
        File.WriteAllBytes(path, [.. "date,series,value\n2024-01-01,"u8, 0xC3, 0x28, .. ",1\n"u8]);
        var problem = Assert.Single(BoundedInput.ReadText(path, InputKind.SeriesCsv).Problems);
        Assert.Equal((2, 12, "file is not valid UTF-8 (a byte sequence that is not a character)"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void ReadText_Stream_IsCappedToo()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 100)));
        var result = BoundedInput.ReadText(stream, "x.csv.gz", InputKind.SeriesCsv);
        Assert.Equal(100, result.Value!.Length);
    }

    [Fact]
    public void Check_NamedPipe_IsRefusedWithoutOpeningIt()
    {
        var fifo = _files.Fifo();
        var problem = SpecialFiles.WithinPatience(() => BoundedInput.Check(fifo, InputKind.SeriesCsv));
        Assert.StartsWith("is a named pipe", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RegularFile_IsNull() => Assert.Null(BoundedInput.Check(_files.File("ok.csv", "x"), InputKind.SeriesCsv));
}
