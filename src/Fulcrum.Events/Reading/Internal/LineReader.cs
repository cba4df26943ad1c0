namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Splits a byte stream into LF-terminated lines without decoding them (a trailing CR is dropped,
/// so CRLF files read like LF files). Memory stays flat: one buffer, whatever the file size. A line
/// longer than <see cref="MaxLineBytes"/> is skipped to its end, keeping only its first kilobyte.
/// </summary>
internal sealed class LineReader(Stream stream, int bufferSize = 1 << 20)
{
    /// <summary>No event row comes near this; a longer line is rejected, not buffered.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private readonly byte[] _buffer = new byte[Math.Max(bufferSize, MaxLineBytes * 2)];
    private readonly byte[] _prefix = new byte[RowReject.MaxRawBytes];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the last line returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Decompressed bytes consumed so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Whether the last line was longer than <see cref="MaxLineBytes"/> (and is cut to 1 KB).</summary>
    public bool LastWasOverlong { get; private set; }

    /// <summary>The next line without its line end, and its full length in bytes; false at the end.</summary>
    public bool Next(out ReadOnlySpan<byte> line, out long length)
    {
        LastWasOverlong = false;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var nl = pending.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start += nl + 1;
                return Emit(pending[..nl], out line, out length);
            }
            if (_eof)
            {
                line = default;
                length = 0;
                if (pending.IsEmpty) return false;
                _start = _end;
                return Emit(pending, out line, out length);
            }
            if (pending.Length > MaxLineBytes)
            {
                length = SkipOverlong(pending);
                line = _prefix;
                LineNumber++;
                LastWasOverlong = true;
                return true;
            }
            Fill();
        }
    }

    private bool Emit(ReadOnlySpan<byte> raw, out ReadOnlySpan<byte> line, out long length)
    {
        LineNumber++;
        line = raw.Length > 0 && raw[^1] == '\r' ? raw[..^1] : raw;
        length = line.Length;
        if (line.Length > MaxLineBytes)
        {
            // Whole in the buffer but still too long: the same rule as a line that is not.
            line[.._prefix.Length].CopyTo(_prefix);
            line = _prefix;
            LastWasOverlong = true;
        }
        return true;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        _end += n;
        BytesRead += n;
    }

    /// <summary>Keeps the first kilobyte of an overlong line and discards the rest up to its LF.</summary>
    private long SkipOverlong(ReadOnlySpan<byte> pending)
    {
        pending[.._prefix.Length].CopyTo(_prefix);
        long length = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var nl = span.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                length += nl;
                _start += nl + 1;
                return length;
            }
            length += span.Length;
            _start = _end;
            if (_eof) return length;
            Fill();
        }
    }
}
