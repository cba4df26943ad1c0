using System.Diagnostics;
using Fulcrum.Core.Problems;

namespace Fulcrum.Brief;

/// <summary>
/// Prints the brief's page to PDF through headless Chromium, where it is installed: the same page,
/// its print style, nothing fetched (the page has no external reference, and the network is off).
/// </summary>
public static class ChromiumPdf
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>
    /// How Chromium is run headless here: no sandbox (containers), no GPU, and nothing that reaches
    /// out on its own (QUIC, first-run pages, background networking, component updates, sync).
    /// </summary>
    public static readonly IReadOnlyList<string> HeadlessArguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The Chromium to use, or null when none is installed.</summary>
    public static string? Find(string path = DefaultPath) => File.Exists(path) ? path : null;

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>.</summary>
    /// <exception cref="EnvironmentFailureException">Chromium is not installed, or it wrote no PDF.</exception>
    public static async Task PrintAsync(string htmlFile, string pdfFile, string path = DefaultPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(htmlFile);
        ArgumentNullException.ThrowIfNull(pdfFile);
        if (Find(path) is not { } chromium)
            throw new EnvironmentFailureException(new Problem(pdfFile, 0, 0, $"no PDF written: Chromium is not installed at {path}",
                "install Debian's chromium package (apt-get install chromium), or open the HTML brief and print it from a browser"));
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[.. HeadlessArguments, "--no-pdf-header-footer", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                     $"--print-to-pdf={Path.GetFullPath(pdfFile)}", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new EnvironmentFailureException(new Problem(pdfFile, 0, 0, $"no PDF written: {chromium} did not start", "check that Chromium runs headless on this machine"));
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var said = await error.ConfigureAwait(false);
        if (process.ExitCode != 0 || !File.Exists(pdfFile))
            throw new EnvironmentFailureException(new Problem(pdfFile, 0, 0, $"no PDF written: Chromium exited with code {process.ExitCode}: {said.Trim()}", "run Chromium headless by hand to see why"));
    }
}
