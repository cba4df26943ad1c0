using System.IO.Compression;
using System.Text;
using Fulcrum.Events.Reading;

namespace Fulcrum.Events.Tests.Reading;

public class CompressionTests
{
    private static byte[] Zip(params (string Name, string Text)[] members)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in members)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return memory.ToArray();
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gz = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(Encoding.UTF8.GetBytes(text));
        return memory.ToArray();
    }

    [Fact]
    public void Open_PlainGzipAndZip_ReadTheSameRows()
    {
        using var temp = Fixture.Temp();
        var text = Fixture.Text(Fixture.Gdelt2Plain);
        var plain = Fixture.ReadAll(Fixture.Path(Fixture.Gdelt2Plain));
        // Named without their usual extensions: compression is told by the content.
        var gz = Fixture.ReadAll(temp.Write("a.CSV", Gzip(text)));
        var zip = Fixture.ReadAll(temp.Write("b.CSV", Zip(("20201113.export.CSV", text))));

        Assert.Equal(FileCompression.None, plain.Reader.Compression);
        Assert.Equal(FileCompression.Gzip, gz.Reader.Compression);
        Assert.Equal(FileCompression.Zip, zip.Reader.Compression);
        Assert.Equal(plain.Records, gz.Records);
        Assert.Equal(plain.Records, zip.Records);
    }

    [Fact]
    public void Open_ZipWithNoMember_SaysSo()
    {
        using var temp = Fixture.Temp();
        var opened = EventFile.Open(temp.Write("empty.zip", Zip()));

        Assert.False(opened.Ok);
        Assert.Contains("holds no file", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipWithTwoMembers_NamesThemAndSaysWhatToDo()
    {
        using var temp = Fixture.Temp();
        var text = Fixture.Text(Fixture.Gdelt2Plain);
        var opened = EventFile.Open(temp.Write("two.zip", Zip(("a.CSV", text), ("b.CSV", text))));

        Assert.False(opened.Ok);
        Assert.Contains("holds 2 files (a.CSV, b.CSV)", opened.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("unzip", opened.Problems[0].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedZip_IsNotReadable()
    {
        using var temp = Fixture.Temp();
        var zip = Zip(("a.CSV", Fixture.Text(Fixture.Gdelt2Plain)));
        var opened = EventFile.Open(temp.Write("cut.zip", zip[..(zip.Length / 2)]));

        Assert.False(opened.Ok);
        Assert.Contains("not a readable zip archive", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzip_FailsTheFileAtTheEnd()
    {
        // .NET decompresses a cut gzip without complaint; the reader checks the size in the trailer.
        using var temp = Fixture.Temp();
        var gz = File.ReadAllBytes(Fixture.Path(Fixture.Gdelt2Days[0]));
        var path = temp.Write("cut.CSV.gz", gz[..(gz.Length / 2)]);

        var e = Assert.Throws<Core.Problems.InputException>(() => Fixture.ReadAll(path));

        Assert.Contains("gzip data ends early", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Problems[0].File);
    }

    [Fact]
    public void Open_GarbageAfterGzipMagic_IsNotReadable()
    {
        using var temp = Fixture.Temp();
        var path = temp.Write("bad.gz", [0x1F, 0x8B, 0x99, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

        var opened = EventFile.Open(path);

        Assert.False(opened.Ok);
        Assert.Contains("cannot be read", opened.Problems[0].Message, StringComparison.Ordinal);
    }
}
