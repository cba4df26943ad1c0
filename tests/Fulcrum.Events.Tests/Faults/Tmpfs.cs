using System.Diagnostics;

namespace Fulcrum.Events.Tests.Faults;

/// <summary>
/// A small RAM-backed file system mounted for one test, so a disk really fills up (ENOSPC from
/// the kernel, not a simulated error). Mounting needs root (or CAP_SYS_ADMIN): tests that use it
/// are <see cref="TmpfsFactAttribute"/>s, skipped with a message where mounting is not permitted.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    public Tmpfs(int megabytes)
    {
        Root = Path.Combine(Path.GetTempPath(), "fulcrum-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Root);
        if (code != 0)
        {
            Directory.Delete(Root);
            throw new InvalidOperationException($"mount -t tmpfs failed ({code}): {output}");
        }
    }

    public string Root { get; }

    public string File(string name) => Path.Combine(Root, name);

    /// <summary>Whether this process may mount a tmpfs; the reason if not.</summary>
    public static string? CannotMount()
    {
        try
        {
            using var probe = new Tmpfs(1);
            return null;
        }
#pragma warning disable CA1031 // any failure to mount means: skip, and say why
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"needs permission to mount a tmpfs (root or CAP_SYS_ADMIN) to fill a real disk: {e.Message.Trim()}";
        }
    }

    public void Dispose()
    {
        // Lazy: a file DuckDB still maps does not keep the test from finishing.
        Run("umount", "-l", Root);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder if the unmount is still pending.
        }
    }

    private static (int Code, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
