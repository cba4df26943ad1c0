using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading.Internal;

namespace Fulcrum.Events.Reading;

public sealed partial class EventFileReader
{
    private bool _pendingTaken;

    private bool NextLine(out ReadOnlySpan<byte> line, out long length, out bool overlong)
    {
        overlong = false;
        if (!_pendingTaken)
        {
            _pendingTaken = true;
            if (PendingFirstLine is { } first && !SkipFirstLine)
            {
                line = first;
                length = PendingFirstLength;
                overlong = _lines.LastWasOverlong;
                return true;
            }
        }
        try
        {
            var more = _lines.Next(out line, out length);
            overlong = _lines.LastWasOverlong;
            return more;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InputException(new Problem(Path, ClampLine(_lines.LineNumber + 1), 0,
                $"{SourceStream.Corrupt(Compression)} after line {_lines.LineNumber:N0}; nothing of the file can be trusted", "download the file again"));
        }
    }

    private byte[] _record = [];

    /// <summary>
    /// A record whose quoted field goes on past its line: the lines that follow, joined with LF, up to
    /// the one that closes it (or the end of the file, which leaves it open for the parser to reject).
    /// False when it runs past <see cref="LineReader.MaxLineBytes"/>: the lines read so far are the reject.
    /// </summary>
    private bool GatherRecord(ref ReadOnlySpan<byte> record, ref long length)
    {
        var used = 0;
        Append(ref used, record);
        while (true)
        {
            if (!NextLine(out var next, out var nextLength, out var overlong)) break;
            Append(ref used, "\n"u8);
            length += 1 + nextLength;
            if (overlong || used + next.Length > LineReader.MaxLineBytes)
            {
                record = _record.AsSpan(0, used);
                return false;
            }
            Append(ref used, next);
            if (!_parser.GoesOn(_record.AsSpan(0, used))) break;
        }
        record = _record.AsSpan(0, used);
        return true;
    }

    private void Append(ref int used, ReadOnlySpan<byte> bytes)
    {
        if (used + bytes.Length > _record.Length) Array.Resize(ref _record, Math.Max(Math.Max(_record.Length * 2, 4096), used + bytes.Length));
        bytes.CopyTo(_record.AsSpan(used));
        used += bytes.Length;
    }

    private static int ClampLine(long line) => (int)Math.Min(line, int.MaxValue);

    private T ReadGuarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InputException(new Problem(Path, 0, 0, $"the file cannot be read to its end: {e.Message}", "download the file again"));
        }
    }
}
