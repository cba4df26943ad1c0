using Fulcrum.Core.Text;

namespace Fulcrum.Core.Tests.Hostile;

public class StrictUtf8Tests
{
    [Fact]
    public void Decode_TwoByteOrderMarks_AreBothDropped()
    {
        var text = StrictUtf8.Decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "date,a\n"u8], "x.csv");
        Assert.Equal("date,a\n", text.Value);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, 0x61 })]
    public void Decode_Utf16_IsRefusedByItsMark(byte[] bytes) =>
        Assert.Equal("file is UTF-16, not UTF-8", Assert.Single(StrictUtf8.Decode(bytes, "x").Problems).Message);

    [Theory]
    [InlineData("a\nb\nc", 3, 2)]       // LF
    [InlineData("a\r\nb\r\nc", 3, 2)]   // CRLF counts once
    [InlineData("a\rb\rc", 3, 2)]       // a bare CR ends a line too
    [InlineData("é\nüx", 2, 3)]         // columns count characters, not bytes
    public void Decode_BadByte_IsLocatedAtItsLineAndColumn(string before, int line, int column)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(before).Concat(new byte[] { 0xFF, (byte)'\n' }).ToArray();
        var problem = Assert.Single(StrictUtf8.Decode(bytes, "x.csv").Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Decode_Overlong_IsNotACharacter()
    {
        // 0xC0 0xAF is an overlong '/', which a lenient decoder would pass.
        var problem = Assert.Single(StrictUtf8.Decode([(byte)'a', 0xC0, 0xAF], "x").Problems);
        Assert.Equal((1, 2), (problem.Line, problem.Column));
    }

    [Fact]
    public void Decode_NulByte_IsBinaryData()
    {
        var problem = Assert.Single(StrictUtf8.Decode([.. "a\nbc"u8, 0, (byte)'d'], "x").Problems);
        Assert.Equal((2, 3, "file holds a NUL byte: it is binary data, not text"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void Decode_ValidText_KeepsEveryScript() =>
        Assert.Equal("Ελλάδα 日本 🇮🇱", StrictUtf8.Decode(System.Text.Encoding.UTF8.GetBytes("Ελλάδα 日本 🇮🇱"), "x").Value);
}
