namespace Fulcrum.Detection.Reading;

/// <summary>
/// What a missing period inside a series means. A missing day in an event count usually means
/// nothing happened; a missing day in a tone or price series means nobody measured. The reader
/// cannot tell which, so the default is to refuse and ask.
/// </summary>
public enum GapPolicy
{
    /// <summary>A missing period is a problem naming the series and the first missing date (the default for files).</summary>
    Error,

    /// <summary>A missing period is zero, over the whole date range of the file (right for event counts and sums).</summary>
    Zero,

    /// <summary>Missing periods are left out: detectors run on the points present, in order.</summary>
    Skip,
}
