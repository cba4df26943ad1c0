namespace Fulcrum.Events.Reading;

/// <summary>
/// A row that could not be stored, and why. The rest of its file goes on.
/// </summary>
/// <param name="Line">The 1-based line in the (decompressed) file.</param>
/// <param name="Column">The 1-based tab-separated field, or 0 when the whole line is wrong.</param>
/// <param name="ColumnName">The field's name in the format (<c>GoldsteinScale</c>), or empty.</param>
/// <param name="Reason">What is wrong, naming the value and what was expected.</param>
/// <param name="Raw">The line as read, cut at <see cref="MaxRawBytes"/> bytes (invalid UTF-8 shown as U+FFFD).</param>
/// <param name="RawBytes">The length of the whole line in bytes.</param>
public sealed record RowReject(long Line, int Column, string ColumnName, string Reason, string Raw, long RawBytes)
{
    /// <summary>How much of a rejected line is kept: 1 KB.</summary>
    public const int MaxRawBytes = 1024;

    /// <summary>The first bytes of a line as text, cut at 1 KB on a character boundary.</summary>
    public static string CutRaw(ReadOnlySpan<byte> line)
    {
        if (line.Length > MaxRawBytes)
        {
            var cut = MaxRawBytes;
            // Step back over UTF-8 continuation bytes so no character is split.
            while (cut > MaxRawBytes - 4 && (line[cut] & 0xC0) == 0x80) cut--;
            line = line[..cut];
        }
        return System.Text.Encoding.UTF8.GetString(line);
    }
}
