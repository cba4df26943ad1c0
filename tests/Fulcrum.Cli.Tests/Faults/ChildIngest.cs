using System.Diagnostics;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// Runs the built CLI (fulcrum.dll, beside this test assembly: the project references the CLI) as a
/// child process, optionally armed with the store's crash seam (<c>FULCRUM_TEST_CRASH_AT</c>,
/// docs/events.md).
/// </summary>
public static class ChildIngest
{
    public sealed record Exit(int Code, string Out, string Error);

    public static Exit Run(string db, IReadOnlyList<string> files, string tempFolder, string? crashAt = null)
    {
        using var child = Start(db, files, tempFolder, crashAt);
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        child.WaitForExit();
        return new Exit(child.ExitCode, output.Result, error.Result);
    }

    public static Process Start(string db, IReadOnlyList<string> files, string tempFolder, string? crashAt = null)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "fulcrum.dll"), "ingest", "--quiet", "--db", db, .. files])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = tempFolder; // what a crash leaves in the temp folder goes with the test's folder
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment.Remove("FULCRUM_TEST_CRASH_AT");
        if (crashAt is not null) start.Environment["FULCRUM_TEST_CRASH_AT"] = crashAt;
        return Process.Start(start)!;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
