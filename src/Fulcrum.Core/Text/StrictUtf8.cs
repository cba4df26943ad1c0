using System.Text;
using Fulcrum.Core.Problems;

namespace Fulcrum.Core.Text;

/// <summary>
/// Decodes a text file's bytes as strict UTF-8, the one encoding Fulcrum reads: byte-order marks
/// at the start are dropped (an editor that saved the file twice writes two), UTF-16 is refused
/// by its mark, and the first byte sequence that is not a character, or a NUL byte (binary data),
/// is reported at its line and column. LF, CRLF and a bare CR all end a line when locating it.
/// </summary>
public static class StrictUtf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The text of <paramref name="bytes"/>, or a problem located in <paramref name="file"/>.</summary>
    public static Checked<string> Decode(ReadOnlySpan<byte> bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        while (bytes.StartsWith(Bom)) bytes = bytes[Bom.Length..];
        if (bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]))
            return Failed(file, 0, 0, "file is UTF-16, not UTF-8", "save the file as UTF-8");
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Locate(bytes, Math.Max(0, e.Index));
            return Failed(file, line, column, "file is not valid UTF-8 (a byte sequence that is not a character)",
                "save the file as UTF-8; text pasted from another encoding is the usual cause");
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(bytes, nul);
            return Failed(file, line, column, "file holds a NUL byte: it is binary data, not text", "check the path: this does not look like a text file");
        }
        return Checked<string>.Success(text);
    }

    /// <summary>The 1-based line and column (in characters) of the byte at <paramref name="offset"/>.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }
        // The bytes before the bad one on its line decode cleanly: count them as characters.
        var prefix = bytes[start..Math.Min(offset, bytes.Length)];
        var column = Encoding.UTF8.GetCharCount(prefix) + 1;
        return (line, column);
    }

    private static Checked<string> Failed(string file, int line, int column, string message, string hint) =>
        Checked<string>.Failure([new Problem(file, line, column, message, hint)]);
}
