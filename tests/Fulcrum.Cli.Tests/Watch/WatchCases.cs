using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Cli.Tests.Watch;

/// <summary>The founding case with extra signposts, written to a temporary file for a CLI run.</summary>
internal static class WatchCases
{
    /// <summary>A manual signpost with likelihood ratios, observed fired on the case's as_of.</summary>
    public const string FiredTalks = """
          - id: talks_failed
            name: The talks failed (observed)
            indicator:
              kind: manual
              observations:
                - {date: 2022-01-05, fired: true, note: test observation, source: test}
            rule: {kind: observed}
            effect:
              likelihood_ratios: {no_invasion: 0.5, limited_incursion: 1.4, full_invasion: 2.0}
            source: test
        """;

    public static string Write(string extraSignposts, string? replace = null, string? with = null)
    {
        var text = BuiltInCases.Text(BuiltInCases.Default)!;
        if (replace is not null) text = text.Replace(replace, with, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-watch-{Guid.NewGuid():N}.fulcrum.yaml");
        File.WriteAllText(path, text.TrimEnd() + "\n" + extraSignposts);
        return path;
    }
}
