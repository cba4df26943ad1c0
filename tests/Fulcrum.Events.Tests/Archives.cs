using System.Buffers.Binary;
using System.IO.Compression;

namespace Fulcrum.Events.Tests;

/// <summary>
/// Zip and gzip archives of real fixture rows, built as .NET writes them, and where each region of
/// a one-member zip lies (APPNOTE.TXT 4.3), so tests can damage one region at a time.
/// </summary>
public static class Archives
{
    /// <summary>A one-member zip; with <paramref name="descriptor"/>, written to a forward-only stream, so sizes and CRC follow the data.</summary>
    public static byte[] Zip(string member, byte[] content, CompressionLevel level, bool descriptor = false)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(descriptor ? new ForwardOnly(memory) : memory, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry(member, level).Open())
            entry.Write(content);
        return memory.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var memory = new MemoryStream();
        using (var gz = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(content);
        return memory.ToArray();
    }

    /// <summary>The regions of a one-member zip with no archive comment.</summary>
    public static ZipLayout Layout(byte[] zip)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054B50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)));
        var directory = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(directory + 20));
        var data = 30 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(28));
        return new ZipLayout(data, compressed, directory, end);
    }

    /// <summary>A copy with the byte at <paramref name="at"/> inverted.</summary>
    public static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0xFF;
        return copy;
    }

    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

/// <summary>
/// Byte offsets in a one-member zip: the local header (from 0), the member's data, the data
/// descriptor if any (between the data and the central directory), the central directory's one
/// entry, the end-of-central-directory record (the last 22 bytes).
/// </summary>
public sealed record ZipLayout(int Data, int DataLength, int CentralDirectory, int End)
{
    public int DataEnd => Data + DataLength;

    public bool HasDescriptor => CentralDirectory > DataEnd;
}
