using System.Security.Cryptography;

namespace Fulcrum.Core.IO;

/// <summary>
/// Passes a file's bytes through while computing their SHA-256, so a checksum (the ledger's, a
/// series file's in an examination's identity) costs no second pass over the file. Disposing it
/// (a reader that owns it may) keeps the hash of what was read, for <see cref="Finish"/> after.
/// </summary>
public sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hex;

    /// <summary>Bytes read from the file so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The lowercase hex SHA-256 of every byte read, and of what is left unread unless disposed.</summary>
    public string Finish()
    {
        if (_hex is not null) return _hex;
        // Whatever the decompressor left unread (a gzip trailer, trailing bytes) still belongs to the file.
        var rest = new byte[81920];
        int n;
        while ((n = inner.Read(rest)) > 0) Append(rest.AsSpan(0, n));
        _hex = Convert.ToHexStringLower(_hash.GetHashAndReset());
        return _hex;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Append(buffer[..n]);
        return n;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        _hash.AppendData(data);
        BytesRead += data.Length;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hex ??= Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
