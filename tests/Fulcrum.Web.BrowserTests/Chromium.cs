using Microsoft.Playwright;

namespace Fulcrum.Web.BrowserTests;

/// <summary>Debian's Chromium, driven headless by Playwright (never a downloaded browser).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Headless, no sandbox (root in a container), and nothing that reaches the network by itself.</summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public static string? Missing => File.Exists(Path) ? null : $"Chromium is not installed at {Path} (eng/test-deps.sh installs it: apt-get install chromium): the browser tests are skipped";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Args = Args, Headless = true });
}

/// <summary>A fact that needs Chromium: skipped, saying why, only when it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } reason) Skip = reason;
    }
}
