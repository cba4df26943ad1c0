namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Passes decompressed bytes through while counting them and computing their CRC-32, so the
/// length and checksum an archive records can be compared with what was actually read.
/// </summary>
internal sealed class CheckedStream(Stream inner) : Stream
{
    private readonly Crc32 _crc = new();

    public long Length64 { get; private set; }

    public uint Crc => _crc.Value;

    /// <summary>Whether the inner stream has reported its end.</summary>
    public bool AtEnd { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n == 0 && buffer.Length > 0) AtEnd = true;
        _crc.Append(buffer[..n]);
        Length64 += n;
        return n;
    }

    /// <summary>Reads what is left (to check a file that failed for another reason); may throw what the decompressor throws.</summary>
    public void Drain()
    {
        var rest = new byte[1 << 16];
        while (Read(rest) > 0) { }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Length64; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
