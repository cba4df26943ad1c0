using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Fulcrum.Core.IO.Internal;

/// <summary>What a path names, as the file system says before anything is opened.</summary>
internal enum NodeType
{
    /// <summary>Nothing there (or a path through something that is not a folder).</summary>
    Missing,
    Regular,
    Directory,
    /// <summary>A named pipe: opening it for reading blocks until something writes to it.</summary>
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    /// <summary>Any other kind of node (none is expected once symbolic links are followed).</summary>
    Other,
    /// <summary>The file system refused to say (<see cref="FileNode.Errno"/> says why).</summary>
    Refused,
}

/// <summary>
/// The type and size of a path without opening it, from Linux's <c>statx</c>, whose structure has
/// one layout on every architecture (so no per-platform struct is declared here). .NET's own file
/// APIs cannot tell a named pipe or a device from a file, and opening a pipe blocks; elsewhere, or
/// where <c>statx</c> is missing, the managed checks stand in (folders and missing files only).
/// </summary>
internal readonly record struct FileNode(NodeType Type, long Size, int Errno)
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxBufferBytes = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;

    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int ENAMETOOLONG = 36;
    public const int ELOOP = 40;
    private const int EPERM = 1;
    private const int ENOSYS = 38;

    private static bool _nativeMissing;

    /// <summary>What <paramref name="path"/> names (symbolic links followed).</summary>
    public static FileNode Of(string path)
    {
        if (Native(AtFdCwd, path, 0) is { } node) return node;
        if (Directory.Exists(path)) return new FileNode(NodeType.Directory, 0, 0);
        var info = new FileInfo(path);
        return info.Exists ? new FileNode(NodeType.Regular, info.Length, 0) : new FileNode(NodeType.Missing, 0, ENOENT);
    }

    /// <summary>What an open handle is, or null when that cannot be told here.</summary>
    public static FileNode? Of(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Native((int)handle.DangerousGetHandle(), "", AtEmptyPath);
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static FileNode? Native(int directory, string path, int flags)
    {
        if (_nativeMissing || !OperatingSystem.IsLinux()) return null;
        var buffer = new byte[StatxBufferBytes];
        int result;
        try
        {
            result = NativeMethods.Statx(directory, path, flags, StatxType | StatxSize, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _nativeMissing = true;
            return null;
        }
        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            // No statx system call (old kernels, some sandboxes answer EPERM): fall back.
            if (errno is ENOSYS or EPERM) return null;
            return new FileNode(errno is ENOENT or ENOTDIR ? NodeType.Missing : NodeType.Refused, 0, errno);
        }
        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        var size = (long)Math.Min(BitConverter.ToUInt64(buffer, SizeOffset), long.MaxValue);
        return new FileNode(TypeOf(mode), size, 0);
    }

    private static NodeType TypeOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => NodeType.Regular,
        0x4000 => NodeType.Directory,
        0x1000 => NodeType.Fifo,
        0x2000 => NodeType.CharacterDevice,
        0x6000 => NodeType.BlockDevice,
        0xC000 => NodeType.Socket,
        _ => NodeType.Other,
    };

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
    }
}
