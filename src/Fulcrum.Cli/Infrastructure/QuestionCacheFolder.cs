namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// Where the CLI keeps the runs of the cases' questions between runs (docs/case-format.md#questions):
/// <c>$FULCRUM_CACHE/questions</c>, else <c>$XDG_CACHE_HOME/fulcrum/questions</c>, else
/// <c>~/.cache/fulcrum/questions</c>; <c>FULCRUM_CACHE=off</c> keeps them in memory only.
/// </summary>
public static class QuestionCacheFolder
{
    /// <summary>The environment variable that names the cache folder (or <c>off</c>).</summary>
    public const string Variable = "FULCRUM_CACHE";

    /// <summary>The folder, or null when the cache is off or no home folder is known.</summary>
    public static string? Resolve()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(named, "off", StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.IsNullOrWhiteSpace(named)) return Path.Combine(named, "questions");
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "fulcrum", "questions");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "fulcrum", "questions");
    }
}
