namespace Fulcrum.Events.Dyads;

/// <summary>
/// The measures of a dyad series (DESIGN §3; Goldstein 1992 scale; NetCoop as in the event-data
/// literature): counts per quad class, Goldstein sums split by sign, the mean, and mention-weighted tone.
/// </summary>
public enum DyadMeasure
{
    /// <summary>Events of quad class 1, verbal cooperation.</summary>
    N1,
    /// <summary>Quad class 2, material cooperation.</summary>
    N2,
    /// <summary>Quad class 3, verbal conflict.</summary>
    N3,
    /// <summary>Quad class 4, material conflict.</summary>
    N4,
    /// <summary>All events.</summary>
    Events,
    /// <summary>The sum of the events' Goldstein scores.</summary>
    GoldsteinSum,
    /// <summary>The sum of the positive (cooperative) scores.</summary>
    GoldsteinPos,
    /// <summary>The sum of the negative (conflictual) scores: zero or below.</summary>
    GoldsteinNeg,
    /// <summary>The sum over the count; undefined (null) in a period with no events.</summary>
    GoldsteinMean,
    /// <summary>(n1 + 2·n2) − (n3 + 2·n4).</summary>
    NetCoop,
    /// <summary>Σ(AvgTone·NumMentions) / Σ NumMentions over events with both; null when there are none.</summary>
    Tone,
}

/// <summary>The measures' names as the CLI, JSON, CSV and case files write them.</summary>
public static class DyadMeasures
{
    public static IReadOnlyList<DyadMeasure> All { get; } = Enum.GetValues<DyadMeasure>();

    /// <summary><c>n1</c> … <c>goldstein_sum</c> … <c>tone</c>.</summary>
    public static string Name(this DyadMeasure measure) => measure switch
    {
        DyadMeasure.GoldsteinSum => "goldstein_sum",
        DyadMeasure.GoldsteinPos => "goldstein_pos",
        DyadMeasure.GoldsteinNeg => "goldstein_neg",
        DyadMeasure.GoldsteinMean => "goldstein_mean",
        _ => measure.ToString().ToLowerInvariant(),
    };

    public static DyadMeasure? Parse(string? name) => All.Cast<DyadMeasure?>().FirstOrDefault(m => m!.Value.Name() == name?.Trim().ToLowerInvariant());

    /// <summary>Whether the measure is a count or sum (scaled by normalisation) rather than a mean.</summary>
    public static bool IsExtensive(this DyadMeasure measure) => measure is not (DyadMeasure.GoldsteinMean or DyadMeasure.Tone);
}
