using System.Runtime.InteropServices;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Whether two paths name the same file: the same device and inode (Linux statx), whatever the
/// spelling — a symbolic link, a hard link, <c>./</c> or <c>..</c>. Where statx is unavailable,
/// the full paths with links resolved are compared.
/// </summary>
internal static partial class FileIdentity
{
    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;

    public static bool Same(string a, string b)
    {
        if (!File.Exists(a) || !File.Exists(b)) return false;
        if (Of(a) is { } x && Of(b) is { } y) return x == y;
        return string.Equals(Resolved(a), Resolved(b), StringComparison.Ordinal);
    }

    /// <summary>The file's (device, inode), following links; null if statx cannot tell.</summary>
    private static (uint Major, uint Minor, ulong Inode)? Of(string path)
    {
        // struct statx (linux/stat.h): stx_ino at byte 32, stx_dev_major and stx_dev_minor at 136 and 140; 256 bytes.
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxIno, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (BitConverter.ToUInt32(buffer[136..]), BitConverter.ToUInt32(buffer[140..]), BitConverter.ToUInt64(buffer[32..]));
    }

    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        return new FileInfo(full).LinkTarget is null ? full : new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
