using System.Globalization;

namespace Fulcrum.App.Loop.Internal;

/// <summary>
/// The watch's test seam, beside the store's (docs/events.md, "Crash test seam"): with
/// <c>FULCRUM_TEST_CRASH_AT=point:n</c> naming one of these points, the process dies the n-th time
/// it passes it, so a test can kill a watch between or inside its steps and check that the next
/// start leaves the store and journal as one uninterrupted run would. Unset, a pass reads one field.
/// </summary>
internal static class WatchCrash
{
    /// <summary>Files ingested, before the store's state is read for the examination.</summary>
    public const string Ingested = "watch-ingested";

    /// <summary>Inside the examination: signposts judged, the appraisal about to run.</summary>
    public const string Examining = "watch-examining";

    /// <summary>Examined, before the journal entry is written.</summary>
    public const string Examined = "watch-examined";

    /// <summary>Journalled, before the alert goes out.</summary>
    public const string Journalled = "watch-journalled";

    private static readonly (string Point, long N)? Armed = Parse(Environment.GetEnvironmentVariable("FULCRUM_TEST_CRASH_AT"));
    private static long s_passes;

    public static void Pass(string point)
    {
        if (Armed is { } armed && armed.Point == point && Interlocked.Increment(ref s_passes) == armed.N)
            Environment.FailFast($"FULCRUM_TEST_CRASH_AT: crashed at {point}:{armed.N}, as the test asked");
    }

    private static (string, long)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.StartsWith("watch-", StringComparison.Ordinal)) return null;
        var colon = value.LastIndexOf(':');
        return colon > 0 && long.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? (value[..colon], n) : null;
    }
}
