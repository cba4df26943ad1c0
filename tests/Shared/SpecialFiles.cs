using System.Diagnostics;

namespace Fulcrum.Tests.Shared;

/// <summary>
/// Hostile paths for the tests of the readers at the edge: a named pipe with no writer, a file that
/// cannot be read, a folder; and a guard that fails a call which does not return in time, so a
/// reader that blocks on a pipe fails its test instead of hanging the run. Linked into each test
/// project that needs it.
/// </summary>
internal sealed class SpecialFiles : IDisposable
{
    /// <summary>A call that takes longer than this is taken to hang (the readers answer in milliseconds).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>A path that opens with EACCES whoever runs the tests: root reads a file with no permissions, but not a write-only sysfs attribute.</summary>
    private const string RootUnreadable = "/sys/bus/pci/rescan";

    public SpecialFiles() => Directory.CreateDirectory(Folder);

    /// <summary>A fresh folder, deleted with this object.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"fulcrum-hostile-{Guid.NewGuid():N}");

    /// <summary>A named pipe (FIFO) that nothing writes to: opening it for reading would block for ever.</summary>
    public string Fifo(string name = "pipe.csv")
    {
        var path = Path.Combine(Folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0 && System.IO.File.Exists(path), "mkfifo could not make a named pipe");
        return path;
    }

    /// <summary>A file with <paramref name="text"/> in the folder.</summary>
    public string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// A path whose opening fails with "permission denied": a file with no permissions, or, when the
    /// tests run as root (who may read it anyway), a write-only sysfs attribute. Null, with the reason
    /// in <paramref name="why"/>, when this machine has neither.
    /// </summary>
    public string? Unreadable(out string why)
    {
        var path = File("unreadable.csv", "date,series,value\n2024-01-01,a,1\n");
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(path, UnixFileMode.None);
        why = "";
        if (Refuses(path)) return path;
        if (System.IO.File.Exists(RootUnreadable) && Refuses(RootUnreadable)) return RootUnreadable;
        why = $"running as root, and {RootUnreadable} is not there to refuse a read: the permission-denied case cannot be made on this machine";
        return null;
    }

    /// <summary>Runs <paramref name="call"/> on its own thread; fails the test if it does not return within <see cref="Patience"/>.</summary>
    public static T WithinPatience<T>(Func<T> call)
    {
        var task = Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Patience), $"the call did not return within {Patience.TotalSeconds} s: it blocks");
        return task.Result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static bool Refuses(string path)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
