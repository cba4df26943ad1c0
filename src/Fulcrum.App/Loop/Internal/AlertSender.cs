using System.Diagnostics;
using System.Text;

namespace Fulcrum.App.Loop.Internal;

/// <summary>
/// Delivers an alert's JSON: to a shell command's standard input, and as a POST to a URL. A failed
/// delivery is reported, never a reason to stop the watch; each gets one try with a bounded wait on
/// the host's clock (the next alert is the next cycle's).
/// </summary>
internal sealed class AlertSender(TimeProvider time)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    public async Task<List<string>> SendAsync(string json, string? command, Uri? url, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        if (command is not null && await RunAsync(command, json, cancellationToken).ConfigureAwait(false) is { } c) failures.Add($"alert command: {c}");
        if (url is not null && await PostAsync(url, json, cancellationToken).ConfigureAwait(false) is { } p) failures.Add($"alert URL {url}: {p}");
        return failures;
    }

    private async Task<string?> RunAsync(string command, string json, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardInput = true, UseShellExecute = false };
        using var limit = new CancellationTokenSource(Limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteAsync(json.AsMemory(), linked.Token).ConfigureAwait(false);
            process.StandardInput.Close();
            try
            {
                await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return $"still running after {Limit.TotalSeconds:0} s; stopped";
            }
            return process.ExitCode == 0 ? null : $"exit code {process.ExitCode}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return e.Message;
        }
    }

    private async Task<string?> PostAsync(Uri url, string json, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(Limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await Http.Value.PostAsync(url, content, linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer in {Limit.TotalSeconds:0} s";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }
}
