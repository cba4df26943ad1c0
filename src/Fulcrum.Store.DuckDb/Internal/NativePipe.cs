using System.Runtime.InteropServices;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Named pipes (FIFOs) on Linux and macOS, through libc: DuckDB reads validated rows from one while
/// they are still being produced, so loading overlaps reading the file.
/// </summary>
internal static unsafe partial class NativePipe
{
    private const int EAGAIN = 11;

    /// <summary>Makes a FIFO at <paramref name="path"/> (mode 0600); false where that is not possible.</summary>
    public static bool TryCreate(string path)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return false;
        try
        {
            return MkFifo(path, 0x180) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads and discards what is written to the pipe until <paramref name="writerDone"/>: unblocks a
    /// writer whose reader (DuckDB) stopped, or never started, reading.
    /// </summary>
    public static void Drain(string path, Func<bool> writerDone)
    {
        var nonBlocking = OperatingSystem.IsMacOS() ? 0x4 : 0x800;
        var fd = Open(path, nonBlocking);
        if (fd < 0) return;
        try
        {
            var buffer = stackalloc byte[65536];
            while (true)
            {
                var n = Read(fd, buffer, 65536);
                if (n > 0) continue;
                if (n < 0 && Marshal.GetLastPInvokeError() != EAGAIN && !OperatingSystem.IsMacOS()) return;
                if (writerDone()) return;
                Thread.Sleep(1);
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MkFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
