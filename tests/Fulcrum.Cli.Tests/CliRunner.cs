using Fulcrum.Cli.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and a fixed clock.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var code = FulcrumCli.Run(args, new CliIO(stdout, stderr, IsTerminal: false, Width: 160), time);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>What one CLI run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);
