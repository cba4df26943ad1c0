using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading.Internal;

namespace Fulcrum.Events.Reading;

/// <summary>
/// Opens event files: plain, gzip or one-member zip (told by the first bytes), in the format its
/// content shows (GDELT 1.0, GDELT 2.0, ICEWS) or the one forced. Tab-separated with no quoting:
/// a quote is an ordinary character, as in GDELT's and ICEWS's own files.
/// </summary>
public static class EventFile
{
    /// <summary>A reader positioned before the first data row, or the problems that stop the file being read at all.</summary>
    public static Checked<EventFileReader> Open(string path, EventFormat? format = null)
    {
        if (!File.Exists(path))
            return Fail(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file", "check the path");
        if (new FileInfo(path).Length == 0)
            return Fail(path, "the file is empty (0 bytes): nothing to read", "a failed download? download the file again");
        Checked<SourceStream> source;
        try
        {
            source = SourceStream.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"the file cannot be opened: {e.Message}", "check that it exists and that you may read it");
        }
        if (!source.Ok) return Checked<EventFileReader>.Failure(source.Problems);
        var stream = source.Value!;
        try
        {
            return Sniff(path, stream, format);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static Checked<EventFileReader> Sniff(string path, SourceStream source, EventFormat? format)
    {
        var lines = new LineReader(source.Data);
        bool any;
        ReadOnlySpan<byte> first;
        long length;
        try
        {
            any = lines.Next(out first, out length);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            source.Dispose();
            return Fail(path, SourceStream.Corrupt(source.Compression), "download the file again");
        }
        if (!any)
        {
            source.Dispose();
            return Fail(path, $"the file holds no data ({source.Compression.Name()} of an empty file)", "a failed download? download the file again");
        }
        // A byte order mark is not part of the first field.
        if (first.StartsWith("\uFEFF"u8)) first = first[3..];
        var sniffed = FormatSniffer.Sniff(path, first, format);
        if (!sniffed.Ok)
        {
            // Damaged compressed data can look like another format: say which it is.
            var damage = source.DamageProblem();
            source.Dispose();
            return damage is null ? Checked<EventFileReader>.Failure(sniffed.Problems) : Fail(path, damage, "download the file again");
        }
        return Checked<EventFileReader>.Success(new EventFileReader(path, source, lines, sniffed.Value!.Parser)
        {
            SkipFirstLine = sniffed.Value.FirstLineIsHeader,
            PendingFirstLine = first.ToArray(),
            PendingFirstLength = length,
        });
    }

    private static Checked<EventFileReader> Fail(string path, string message, string hint) =>
        Checked<EventFileReader>.Failure([new Problem(path, 0, 0, message, hint)]);
}
