using Fulcrum.Detection;

namespace Fulcrum.Watch.Signposts;

/// <summary>
/// What a signpost is evaluated on, already loaded (evaluation does no I/O): the series of a
/// store, file, built-in or UN-vote indicator, or why there is none. Manual indicators carry
/// their observations in the case itself and need only <see cref="Manual"/>.
/// </summary>
/// <param name="Origin">Where the data come from, for reports: <c>builtin:gdelt-dyads RUS-UKR</c>, <c>unvotes:ISR-RUS s</c>, <c>store ISR-USA goldstein_sum</c>.</param>
/// <param name="Series">The series, all of it (evaluation cuts it at the as-of date); null when unavailable.</param>
/// <param name="Missing">Why there is no series (a missing file, a series not in it, no store); null when there is one.</param>
/// <param name="Evidence">Where the events behind an alarm come from (the event store), if anywhere.</param>
public sealed record SignpostData(string Origin, Series? Series, string? Missing, IEvidenceSource? Evidence = null)
{
    /// <summary>For manual indicators: the observations are in the case.</summary>
    public static SignpostData Manual { get; } = new("manual observations", null, null);

    /// <summary>A loaded series, with the events behind it when <paramref name="evidence"/> is given.</summary>
    public static SignpostData Of(string origin, Series series, IEvidenceSource? evidence = null) => new(origin, series, null, evidence);

    /// <summary>No series, and why.</summary>
    public static SignpostData Unavailable(string origin, string why) => new(origin, null, why);
}
