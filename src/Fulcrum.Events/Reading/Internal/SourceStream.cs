using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// A file opened for reading, decompressed if it is gzip or a one-member zip (told by its first
/// bytes, not its name), with its checksum, and with the decompressed bytes checked against what
/// the archive records: their CRC-32 and length, from the gzip trailer (RFC 1952) or the zip's
/// central directory (cross-checked by <see cref="ZipMember"/>). .NET reads a truncated gzip without
/// complaint and never checks a zip member's CRC, so a damaged file would otherwise read as wrong
/// or missing rows.
/// </summary>
internal sealed class SourceStream : IDisposable
{
    private readonly FileStream _file;
    private readonly HashingStream? _hashing;
    private readonly string? _zipChecksum;
    private readonly CheckedStream? _checked;
    private readonly (uint Crc, long Size)? _recorded;

    private SourceStream(FileStream file, FileCompression compression, HashingStream? hashing, CheckedStream? checkedData,
        (uint, long)? recorded, string? zipChecksum = null, string? member = null)
    {
        _file = file;
        Compression = compression;
        _hashing = hashing;
        _checked = checkedData;
        _recorded = recorded;
        _zipChecksum = zipChecksum;
        Member = member;
    }

    /// <summary>The decompressed bytes.</summary>
    public Stream Data => (Stream?)_checked ?? _hashing!;

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
            // A zip is also told by its end record, so one whose first bytes are damaged is not read as text.
            if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] is 3 or 5 && magic[3] is 4 or 6 || ZipMember.HasEndRecord(file)) return OpenZip(path, file);
            var hashing = new HashingStream(file);
            return Checked<SourceStream>.Success(new SourceStream(file, FileCompression.None, hashing, null, null));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static SourceStream OpenGzip(FileStream file)
    {
        // The trailer: CRC-32 of the uncompressed data, then its length mod 2^32 (ISIZE), the last eight bytes.
        (uint, long)? recorded = null;
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[8];
            file.Position = file.Length - 8;
            file.ReadExactly(trailer);
            recorded = (BinaryPrimitives.ReadUInt32LittleEndian(trailer), BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
            file.Position = 0;
        }
        var hashing = new HashingStream(file);
        var data = new CheckedStream(new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true));
        return new SourceStream(file, FileCompression.Gzip, hashing, data, recorded ?? (0, -1));
    }

    private static Checked<SourceStream> OpenZip(string path, FileStream file)
    {
        var checksum = FileChecksum.Sha256(path);
        var (members, problem) = ZipMember.Read(file);
        if (problem is not null || members.Count != 1)
        {
            file.Dispose();
            return problem is not null
                ? Fail(path, $"not a readable zip archive ({problem}): the download may be truncated or damaged", "download the file again")
                : members.Count == 0
                    ? Fail(path, "the zip archive holds no file", "GDELT zips hold one export file each; download it again")
                    : Fail(path, $"the zip archive holds {members.Count} files ({string.Join(", ", members.Take(3).Select(m => m.Name))}{(members.Count > 3 ? ", …" : "")}); Fulcrum reads one event file per zip",
                        "unzip it and ingest the files (or the folder)");
        }
        var member = members[0];
        Stream slice = new FileSlice(file, member.DataStart, member.CompressedSize);
        if (member.Method == 8) slice = new DeflateStream(slice, CompressionMode.Decompress);
        return Checked<SourceStream>.Success(new SourceStream(file, FileCompression.Zip, null, new CheckedStream(slice), (member.Crc, member.Size), checksum, member.Name));
    }

    private static Checked<SourceStream> Fail(string path, string message, string hint) =>
        Checked<SourceStream>.Failure([new Problem(path, 0, 0, message, hint)]);

    /// <summary>The file's SHA-256 (lowercase hex); reads any bytes the decompressor left.</summary>
    public string Checksum() => _zipChecksum ?? _hashing!.Finish();

    /// <summary>
    /// Once the data has been read to its end: a message if its length or CRC-32 disagrees with
    /// what the archive records, else null.
    /// </summary>
    public string? IntegrityProblem()
    {
        if (_checked is null || _recorded is not { } recorded) return null;
        var read = _checked.Length64;
        if (Compression == FileCompression.Gzip)
        {
            if (recorded.Size != unchecked((uint)read))
                return Invariant($"the gzip data ends early or is damaged: {read:N0} bytes decompressed, but the gzip trailer records {recorded.Size:N0} (mod 2^32) - the file is truncated or damaged, or several gzip files concatenated");
            return recorded.Crc == _checked.Crc ? null
                : Invariant($"the gzip data is damaged: its CRC-32 is {_checked.Crc:x8}, the gzip trailer records {recorded.Crc:x8}");
        }
        if (read < recorded.Size) return Invariant($"the zip member {Member} ends early: {read:N0} bytes read of the {recorded.Size:N0} its directory records");
        if (read > recorded.Size) return Invariant($"the zip member {Member} is damaged: {read:N0} bytes decompressed, its directory records {recorded.Size:N0}");
        return recorded.Crc == _checked.Crc ? null
            : Invariant($"the zip member {Member} is damaged: its CRC-32 is {_checked.Crc:x8}, the zip directory records {recorded.Crc:x8}");
    }

    /// <summary>
    /// For a file that failed for another reason (unreadable rows, an unknown format): whether the
    /// cause is damage to the compressed data. Reads the rest of the data to know; null if intact
    /// or not compressed.
    /// </summary>
    public string? DamageProblem()
    {
        if (_checked is null) return null;
        try
        {
            _checked.Drain();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Corrupt(Compression);
        }
        return IntegrityProblem();
    }

    /// <summary>What a decompressor's error means: .NET reports any damage to deflate data as "an unsupported compression method".</summary>
    public static string Corrupt(FileCompression compression) => $"the {compression.Name()} data is damaged and cannot be read";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _checked?.Dispose();
        _hashing?.Dispose();
        _file.Dispose();
    }
}
