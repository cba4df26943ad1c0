using System.Text;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading;

namespace Fulcrum.Events.Tests.Reading;

/// <summary>Each bad input of the issue: a clear message for the file, or rejects with reasons and the rest read.</summary>
public class BadInputTests
{
    private static readonly string[] Lines = Fixture.Text(Fixture.Gdelt2Plain).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The real rows with line <paramref name="at"/> (1-based) changed by <paramref name="change"/>.</summary>
    private static string WithLine(TempFolder temp, int at, Func<string[], string> change)
    {
        var lines = (string[])Lines.Clone();
        lines[at - 1] = change(lines[at - 1].Split('\t'));
        return temp.Write("bad.CSV", string.Join('\n', lines) + "\n");
    }

    private static string Set(string[] fields, int i, string value)
    {
        fields[i] = value;
        return string.Join('\t', fields);
    }

    private static RowReject SingleReject(string path, int expectedLine)
    {
        var (records, rejects, reader) = Fixture.ReadAll(path);
        Assert.Equal(Lines.Length - 1, records.Count);
        Assert.Equal(Lines.Length, reader.RowsRead);
        var reject = Assert.Single(rejects);
        Assert.Equal(expectedLine, reject.Line);
        return reject;
    }

    [Fact]
    public void Open_EmptyFile_SaysItIsEmpty()
    {
        using var temp = Fixture.Temp();
        var opened = EventFile.Open(temp.Write("empty.CSV", ""));

        Assert.False(opened.Ok);
        Assert.Contains("empty (0 bytes)", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HtmlErrorPageSavedAsCsv_SaysItIsAWebPage()
    {
        using var temp = Fixture.Temp();
        var path = temp.Write("20201113.export.CSV", "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n");

        var opened = EventFile.Open(path);

        Assert.False(opened.Ok);
        Assert.Contains("web page", opened.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownLayout_NamesTheFieldCountAndTheKnownOnes()
    {
        using var temp = Fixture.Temp();
        var opened = EventFile.Open(temp.Write("x.csv", "a,b,c\n1,2,3\n"));

        Assert.False(opened.Ok);
        Assert.Contains("1 tab-separated field", opened.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("{format}", opened.Problems[0].Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(62)]
    public void Read_RowWithWrongFieldCount_IsRejectedAndTheRestRead(int count)
    {
        using var temp = Fixture.Temp();
        var path = WithLine(temp, 7, f => string.Join('\t', count < 61 ? f[..count] : [.. f, "extra"]));

        var reject = SingleReject(path, 7);

        Assert.Equal(0, reject.Column);
        Assert.Contains($"{count} tab-separated fields; GDELT 2.0 rows have 61", reject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, "GoldsteinScale", "high", "not a number")]
    [InlineData(30, "GoldsteinScale", "12.5", "outside -10..10")]
    [InlineData(31, "NumMentions", "many", "not a whole number")]
    [InlineData(31, "NumMentions", "", "is empty")]
    [InlineData(1, "SQLDATE", "20221399", "not a date")]
    [InlineData(29, "QuadClass", "5", "outside 1..4")]
    [InlineData(26, "EventCode", "4x", "not a CAMEO event code")]
    [InlineData(28, "EventRootCode", "4", "leading zeros")]
    [InlineData(2, "MonthYear", "202012", "does not match SQLDATE")]
    [InlineData(59, "DATEADDED", "20201113251500", "not a time")]
    public void Read_BadField_IsRejectedNamingTheFieldAndValue(int position, string name, string value, string reason)
    {
        using var temp = Fixture.Temp();
        var path = WithLine(temp, 3, f => Set(f, position, value));

        var reject = SingleReject(path, 3);

        Assert.Equal(position + 1, reject.Column);
        Assert.Equal(name, reject.ColumnName);
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejectedWithTheByteAndFieldAndRawKept()
    {
        using var temp = Fixture.Temp();
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', Lines) + "\n").ToList();
        var at = Encoding.UTF8.GetByteCount(Lines[0] + "\n" + Lines[1].Split('\t')[0] + "\t" + Lines[1].Split('\t')[1] + "\t");
        bytes.Insert(at, 0xE9); // Latin-1 'é' inside field 3 of line 2
        var path = temp.Write("latin1.CSV", [.. bytes]);

        var reject = SingleReject(path, 2);

        Assert.Equal(3, reject.Column);
        Assert.Contains("invalid UTF-8 (byte 0xE9", reject.Reason, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', reject.Raw);
    }

    [Fact]
    public void Read_OneMegabyteLine_IsRejectedAndItsRawCutAtOneKilobyte()
    {
        using var temp = Fixture.Temp();
        var path = WithLine(temp, 5, f => Set(f, 6, new string('A', 1 << 20)));

        var reject = SingleReject(path, 5);

        Assert.Contains("bytes long", reject.Reason, StringComparison.Ordinal);
        Assert.True(reject.RawBytes > 1 << 20);
        Assert.True(Encoding.UTF8.GetByteCount(reject.Raw) <= RowReject.MaxRawBytes);
    }

    [Fact]
    public void Read_CarriageReturnInsideALine_IsRejected()
    {
        using var temp = Fixture.Temp();
        var path = WithLine(temp, 4, f => Set(f, 6, "KYIV\rKIEV"));

        var reject = SingleReject(path, 4);

        Assert.Equal(7, reject.Column);
        Assert.Contains("carriage return", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Gdelt1FileForcedAsGdelt2_FailsTheFileWithAHint()
    {
        var e = Assert.Throws<InputException>(() => Fixture.ReadAll(Fixture.Path(Fixture.Gdelt1), EventFormat.Gdelt2));

        Assert.Contains("rows were all rejected as GDELT 2.0", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("58 tab-separated fields", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("GDELT 1.0", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FewRowsAllBad_FailsTheFile()
    {
        using var temp = Fixture.Temp();
        var path = temp.Write("bad.CSV", string.Join('\n', Lines.Take(3).Select(l => l.Replace("\t20201113\t", "\t20201332\t", StringComparison.Ordinal))) + "\n");

        var e = Assert.Throws<InputException>(() => Fixture.ReadAll(path));

        Assert.Contains("all 3 rows were rejected", e.Problems[0].Message, StringComparison.Ordinal);
    }
}
