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
