using System.Text.Json;
using Fulcrum.Cli.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Cli.Tests.Weights;

/// <summary>Runs the CLI in-process with answers piped to stdin, and finds the weights fixtures.</summary>
internal static class WeightsCli
{
    /// <summary>The fixtures of the weights commands (Fixtures/weights/SOURCE.md).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "weights", name);

    /// <summary>One run with <paramref name="stdin"/> as the answers (one per line), as a pipe gives them.</summary>
    public static CliRun Run(string stdin, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var io = new CliIO(stdout, stderr, IsTerminal: false, Width: 160) { In = new StringReader(stdin) };
        var code = FulcrumCli.Run(args, io, time);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The <c>weights</c> object of a JSON result, by id.</summary>
    public static Dictionary<string, double> WeightsOf(JsonElement root, string property = "weights") =>
        root.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);

    public static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}{run.Out}");
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.Clone();
    }
}
