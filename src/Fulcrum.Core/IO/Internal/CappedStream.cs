using Fulcrum.Core.Problems;

namespace Fulcrum.Core.IO.Internal;

/// <summary>
/// A read-only view of a stream that fails with <see cref="InputLimitException"/> as soon as more
/// than its cap has been read: a file that grows while it is read, or one whose size the file
/// system does not report (files under /proc), is stopped one byte past the cap.
/// </summary>
internal sealed class CappedStream(Stream inner, long cap, Func<Problem> tooLarge) : Stream
{
    private long _read;

    /// <summary>The inner stream's length when it knows it (a file: its size as the file system reports it), else 0.</summary>
    public long ReportedLength => inner.CanSeek ? inner.Length : 0;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for at most one byte past the cap: enough to know the cap was passed, no more.
        var room = (int)Math.Min(buffer.Length, cap + 1 - _read);
        if (room <= 0) throw new InputLimitException(tooLarge());
        var n = inner.Read(buffer[..room]);
        _read += n;
        if (_read > cap) throw new InputLimitException(tooLarge());
        return n;
    }

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
