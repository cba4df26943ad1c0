using System.Buffers.Binary;
using System.IO.Compression;
using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// A file opened for reading, decompressed if it is gzip or a one-member zip (told by its first
/// bytes, not its name), with its checksum and a check that compressed data did not end early:
/// .NET reads a truncated gzip without complaint, so the size in the gzip trailer (or the zip
/// directory) is compared with what was actually read.
/// </summary>
internal sealed class SourceStream : IDisposable
{
    private readonly FileStream _file;
    private readonly HashingStream? _hashing;
    private readonly string? _zipChecksum;
    private readonly long? _expectedSize;
    private IDisposable? _archive;

    private SourceStream(FileStream file, Stream data, FileCompression compression, HashingStream? hashing, string? zipChecksum, long? expectedSize, string? member)
    {
        _file = file;
        Data = data;
        Compression = compression;
        _hashing = hashing;
        _zipChecksum = zipChecksum;
        _expectedSize = expectedSize;
        Member = member;
    }

    /// <summary>The decompressed bytes.</summary>
    public Stream Data { get; }

    public FileCompression Compression { get; }

    /// <summary>The zip member's name, for messages.</summary>
    public string? Member { get; }

    public long FileBytes => _file.Length;

    /// <summary>How far into the file on disk reading has got (for progress).</summary>
    public long Position => _hashing?.BytesRead ?? _file.Position;

    public static Checked<SourceStream> Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            var n = file.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            file.Position = 0;
            if (n >= 2 && magic[0] == 0x1F && magic[1] == 0x8B) return Checked<SourceStream>.Success(OpenGzip(file));
            if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] is 3 or 5 && magic[3] is 4 or 6) return OpenZip(path, file);
            var hashing = new HashingStream(file);
            return Checked<SourceStream>.Success(new SourceStream(file, hashing, FileCompression.None, hashing, null, null, null));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static SourceStream OpenGzip(FileStream file)
    {
        // ISIZE: the uncompressed length mod 2^32, the last four bytes of a gzip file (RFC 1952).
        long? size = null;
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(trailer);
            size = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            file.Position = 0;
        }
        var hashing = new HashingStream(file);
        return new SourceStream(file, new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true), FileCompression.Gzip, hashing, null, size ?? -1, null);
    }

    private static Checked<SourceStream> OpenZip(string path, FileStream file)
    {
        var checksum = FileChecksum.Sha256(path);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            file.Dispose();
            return Fail(path, $"not a readable zip archive ({e.Message.TrimEnd('.')}): the download may be truncated", "download the file again");
        }
        var members = zip.Entries.Where(e => e.Name.Length > 0).ToList();
        if (members.Count != 1)
        {
            zip.Dispose();
            file.Dispose();
            return members.Count == 0
                ? Fail(path, "the zip archive holds no file", "GDELT zips hold one export file each; download it again")
                : Fail(path, $"the zip archive holds {members.Count} files ({string.Join(", ", members.Take(3).Select(m => m.FullName))}{(members.Count > 3 ? ", …" : "")}); Fulcrum reads one event file per zip",
                    "unzip it and ingest the files (or the folder)");
        }
        var member = members[0];
        return Checked<SourceStream>.Success(new SourceStream(file, member.Open(), FileCompression.Zip, null, checksum, member.Length, member.FullName) { _archive = zip });
    }

    private static Checked<SourceStream> Fail(string path, string message, string hint) =>
        Checked<SourceStream>.Failure([new Problem(path, 0, 0, message, hint)]);

    /// <summary>The file's SHA-256 (lowercase hex); reads any bytes the decompressor left.</summary>
    public string Checksum() => _zipChecksum ?? _hashing!.Finish();

    /// <summary>A message when the decompressed length disagrees with the size the archive records, else null.</summary>
    public string? TruncationProblem(long decompressedBytes)
    {
        if (_expectedSize is null) return null;
        var expected = Compression == FileCompression.Gzip ? unchecked((uint)decompressedBytes) : decompressedBytes;
        if (_expectedSize == expected) return null;
        return Compression == FileCompression.Gzip
            ? $"the gzip data ends early: {decompressedBytes:N0} bytes decompressed, but the gzip trailer records {_expectedSize:N0} (mod 2^32) - the file is truncated, or several gzip files concatenated"
            : $"the zip member {Member} ends early: {decompressedBytes:N0} bytes read of the {_expectedSize:N0} its directory records";
    }

    public void Dispose()
    {
        Data.Dispose();
        _archive?.Dispose();
        _hashing?.Dispose();
        _file.Dispose();
    }
}
