using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fulcrum.Cli.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Cli.Tests.Serve;

public partial class ServeCommandTests
{
    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Address();

    [Fact]
    public async Task Serve_OnAFreeLoopbackPort_AnswersTheApiAndStopsCleanlyOnCancel()
    {
        var output = new SynchronizedWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        using var stop = new CancellationTokenSource();
        var run = FulcrumCli.RunAsync(["serve", "--urls", "http://127.0.0.1:0"], new CliIO(output, TextWriter.Null, IsTerminal: false), time, stop.Token);

        string? address = null;
        for (var i = 0; i < 600 && address is null && !run.IsCompleted; i++)
        {
            if (Address().Match(output.ToString()) is { Success: true } m) address = m.Groups[1].Value;
            else await Task.Delay(100);
        }
        Assert.True(address is not null, $"the server did not say where it listens: {output}");
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var body = JsonNode.Parse(await client.GetStringAsync("/api/case"))!;
        await stop.CancelAsync();

        Assert.Equal("israel-2022", body["case"]!.GetValue<string>());
        Assert.Contains("/openapi/v1.json", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Serve_CaseThatDoesNotLoad_FailsBeforeListening()
    {
        var run = CliRunner.Run("serve", "--case", "/nonexistent/none.fulcrum.yaml", "--urls", "http://127.0.0.1:0");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("none.fulcrum.yaml", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("serving", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    public void Serve_BeyondLoopbackWithoutAToken_IsRefusedBeforeListening(string url)
    {
        var run = CliRunner.Run("serve", "--urls", url);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--urls", run.Error, StringComparison.Ordinal);
        Assert.Contains("token", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("serving", run.Out, StringComparison.Ordinal);
    }

    /// <summary>The server writes from its own thread while the test reads.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate) base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_gate) base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_gate) base.WriteLine(value);
        }

        public override string ToString()
        {
            lock (_gate) return base.ToString();
        }
    }
}
