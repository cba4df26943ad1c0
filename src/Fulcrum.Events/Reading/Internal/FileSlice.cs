namespace Fulcrum.Events.Reading.Internal;

/// <summary>A read-only window on part of a file (a zip member's data); reading past its end returns nothing.</summary>
internal sealed class FileSlice(FileStream file, long start, long length) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var want = (int)Math.Min(buffer.Length, length - _read);
        if (want <= 0) return 0;
        file.Position = start + _read;
        var n = file.Read(buffer[..want]);
        _read += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
