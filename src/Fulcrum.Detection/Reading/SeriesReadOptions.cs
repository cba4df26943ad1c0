namespace Fulcrum.Detection.Reading;

/// <summary>How an external series file is read. Defaults: gaps are an error, polarity unknown.</summary>
public sealed record SeriesReadOptions
{
    /// <summary>The defaults: refuse gaps, polarity unknown.</summary>
    public static SeriesReadOptions Default { get; } = new();

    /// <summary>What a missing period means (default <see cref="GapPolicy.Error"/>).</summary>
    public GapPolicy Gaps { get; init; } = GapPolicy.Error;

    /// <summary>Which way is bad for every series read (default unknown: alarms say only up or down).</summary>
    public Polarity Polarity { get; init; } = Polarity.Unknown;

    /// <summary>The most problems reported for one file before reading stops (default 25).</summary>
    public int MaxProblems { get; init; } = 25;
}
