using System.Buffers.Binary;
using System.Text;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// The one file of a zip archive, found and cross-checked before a byte of it is read (APPNOTE.TXT,
/// PKWARE's .ZIP File Format Specification 6.3): the end-of-central-directory record must end the
/// file and point at a central directory that ends where it starts; the member's local header must
/// agree with its directory entry (flags, method, time, CRC-32, sizes, name); a data descriptor, if
/// any, must repeat the directory's CRC and sizes. The data's CRC-32 and length are checked as it is
/// read (<see cref="SourceStream"/>). .NET's ZipArchive checks none of these, so a corrupt member
/// read as wrong rows.
/// </summary>
internal sealed record ZipMember(string Name, int Method, uint Crc, long CompressedSize, long Size, long DataStart)
{
    private const uint EndSignature = 0x06054B50, End64Signature = 0x06064B50, End64LocatorSignature = 0x07064B50;
    private const uint EntrySignature = 0x02014B50, LocalSignature = 0x04034B50, DescriptorSignature = 0x08074B50;

    /// <summary>Whether the file ends with a zip's end-of-central-directory record (leaves the position at 0).</summary>
    public static bool HasEndRecord(FileStream file)
    {
        var found = FindEnd(Tail(file)) >= 0;
        file.Position = 0;
        return found;
    }

    /// <summary>The last 64 KB and 22 bytes of the file: where the end record and its comment must lie.</summary>
    private static byte[] Tail(FileStream file) => Bytes(file, Math.Max(0, file.Length - (22 + 0xFFFF)), (int)Math.Min(file.Length, 22 + 0xFFFF));

    /// <summary>Where in <paramref name="tail"/> the end record starts (its comment must reach the file's end exactly), or -1.</summary>
    private static int FindEnd(byte[] tail)
    {
        for (var i = tail.Length - 22; i >= 0; i--)
            if (U32(tail, i) == EndSignature && i + 22 + U16(tail, i + 20) == tail.Length) return i;
        return -1;
    }

    /// <summary>The archive's members that are files (not folders), or why the archive cannot be read.</summary>
    public static (List<ZipMember> Members, string? Problem) Read(FileStream file)
    {
        var tail = Tail(file);
        var at = FindEnd(tail);
        if (at < 0) return ([], "no end-of-central-directory record ends the file");
        var end = file.Length - tail.Length + at;
        long count = U16(tail, at + 10), size = U32(tail, at + 12), offset = U32(tail, at + 16), directoryEnd = end;
        if (U16(tail, at + 4) != 0 || U16(tail, at + 6) != 0 || U16(tail, at + 8) != count)
            return ([], "the archive claims to span several disks");
        if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF)
        {
            var locator = end >= 20 ? Bytes(file, end - 20, 20) : [];
            if (locator.Length < 20 || U32(locator, 0) != End64LocatorSignature) return ([], "a zip64 archive without its zip64 end record");
            directoryEnd = (long)U64(locator, 8);
            if (directoryEnd < 0 || directoryEnd + 56 > end - 20) return ([], "the zip64 end record lies outside the file");
            var record = Bytes(file, directoryEnd, 56);
            if (U32(record, 0) != End64Signature || U64(record, 24) != U64(record, 32)) return ([], "the zip64 end record is damaged");
            (count, size, offset) = ((long)U64(record, 32), (long)U64(record, 40), (long)U64(record, 48));
        }
        if (offset < 0 || size < 0 || size > int.MaxValue || offset + size != directoryEnd)
            return ([], "the central directory does not end where the end record says");
        var directory = Bytes(file, offset, (int)size);
        var members = new List<ZipMember>();
        var p = 0;
        for (var i = 0; i < count; i++)
        {
            if (p + 46 > directory.Length || U32(directory, p) != EntrySignature) return ([], $"central directory entry {i + 1} is damaged");
            var (nameLength, extraLength, commentLength) = (U16(directory, p + 28), U16(directory, p + 30), U16(directory, p + 32));
            if (p + 46 + nameLength + extraLength + commentLength > directory.Length) return ([], $"central directory entry {i + 1} runs past the directory");
            var entry = directory.AsSpan(p, 46 + nameLength + extraLength);
            p += 46 + nameLength + extraLength + commentLength;
            var name = Encoding.UTF8.GetString(entry.Slice(46, nameLength));
            if (name.EndsWith('/')) continue;
            var member = FromEntry(file, entry, name, offset);
            if (member.Problem is not null) return ([], $"{name}: {member.Problem}");
            members.Add(member.Member!);
        }
        if (p != directory.Length) return ([], "the central directory holds more than its entries");
        return (members, null);
    }

    /// <summary>The member a directory entry describes, checked against its local header (and data descriptor).</summary>
    private static (ZipMember? Member, string? Problem) FromEntry(FileStream file, ReadOnlySpan<byte> entry, string name, long directoryStart)
    {
        var (flags, method, crc) = (U16(entry, 8), U16(entry, 10), U32(entry, 16));
        long compressed = U32(entry, 20), size = U32(entry, 24), local = U32(entry, 42);
        var zip64 = Zip64(entry[(46 + U16(entry, 28))..], ref size, ref compressed, ref local);
        if (U16(entry, 34) != 0 && U16(entry, 34) != 0xFFFF) return (null, "lies on another disk");
        if ((flags & 1) != 0) return (null, "is encrypted");
        if (method is not (0 or 8)) return (null, $"is compressed with method {method}; Fulcrum reads stored and deflated members");
        if (method == 0 && compressed != size) return (null, "is stored uncompressed, but its two recorded sizes differ");
        if (local < 0 || local + 30 > directoryStart) return (null, "its local header lies outside the file's data");
        var header = Bytes(file, local, 30);
        var (nameLength, extraLength) = (U16(header, 26), U16(header, 28));
        var dataStart = local + 30 + nameLength + extraLength;
        if (U32(header, 0) != LocalSignature || dataStart + compressed > directoryStart)
            return (null, "its local header is missing or damaged");
        var localName = Bytes(file, local + 30, nameLength);
        // Version needed, flags, method, time and date (bytes 4-13 of the local header = 6-15 of the entry).
        if (!header.AsSpan(4, 10).SequenceEqual(entry.Slice(6, 10)) || !localName.AsSpan().SequenceEqual(entry.Slice(46, U16(entry, 28))))
            return (null, "its local header disagrees with the central directory (flags, method, time or name)");
        if ((flags & 8) == 0)
        {
            // Sizes of 0xFFFFFFFF are in the local zip64 extra field; the CRC is always here.
            var (lc, ls) = (U32(header, 18), U32(header, 22));
            if (U32(header, 14) != crc || lc != 0xFFFFFFFF && lc != compressed || ls != 0xFFFFFFFF && ls != size)
                return (null, "its local header records another CRC-32 or size than the central directory");
        }
        else
        {
            // A data descriptor follows the data: an optional signature, the CRC-32, the two sizes (8 bytes each in zip64).
            var wide = zip64 ? 8 : 4;
            var descriptor = Bytes(file, dataStart + compressed, (int)Math.Min(4 + 4 + 2 * wide, Math.Max(0, directoryStart - dataStart - compressed)));
            var d = descriptor.Length >= 4 && U32(descriptor, 0) == DescriptorSignature ? 4 : 0;
            if (descriptor.Length < d + 4 + 2 * wide) return (null, "its data descriptor is missing");
            var (dc, ds) = wide == 8 ? ((long)U64(descriptor, d + 4), (long)U64(descriptor, d + 12)) : (U32(descriptor, d + 4), (long)U32(descriptor, d + 8));
            if (U32(descriptor, d) != crc || dc != compressed || ds != size)
                return (null, "its data descriptor records another CRC-32 or size than the central directory");
        }
        return (new ZipMember(name, method, crc, compressed, size, dataStart), null);
    }

    /// <summary>Reads the zip64 extended information (header 0x0001) for the fields saturated at 0xFFFFFFFF; whether there was one.</summary>
    private static bool Zip64(ReadOnlySpan<byte> extra, ref long size, ref long compressed, ref long local)
    {
        while (extra.Length >= 4)
        {
            var (id, length) = (U16(extra, 0), U16(extra, 2));
            if (4 + length > extra.Length) return false;
            if (id == 1)
            {
                var field = extra.Slice(4, length);
                var p = 0;
                if (size == 0xFFFFFFFF && p + 8 <= field.Length) { size = (long)U64(field, p); p += 8; }
                if (compressed == 0xFFFFFFFF && p + 8 <= field.Length) { compressed = (long)U64(field, p); p += 8; }
                if (local == 0xFFFFFFFF && p + 8 <= field.Length) local = (long)U64(field, p);
                return true;
            }
            extra = extra[(4 + length)..];
        }
        return false;
    }

    private static byte[] Bytes(FileStream file, long at, int count)
    {
        var bytes = new byte[Math.Max(0, count)];
        file.Position = at;
        file.ReadExactly(bytes);
        return bytes;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);

    private static ulong U64(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b[at..]);
}
