using Fulcrum.App.Loop;

namespace Fulcrum.App.Contracts;

/// <summary>
/// One <c>watch</c> cycle as JSON (one line per cycle): the feed step, the files ingested, and when
/// the data state was new, the entry journalled with its probabilities and recommendation and the alert.
/// </summary>
public sealed record WatchCycleContract(
    int Cycle, DateTimeOffset Started, FeedStepContract? Feed, IReadOnlyList<IngestFileContract> Ingested,
    long? Entry, long? Unchanged, DateOnly? AsOf, IReadOnlyDictionary<string, double>? Probabilities, string? Recommendation,
    IReadOnlyList<string> Changes, IReadOnlyList<string> Degraded, WatchAlert? Alert, IReadOnlyList<string> AlertFailures) : Contract
{
    public static WatchCycleContract Of(WatchCycle c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var body = c.Entry?.Body;
        return new(c.Number, c.Started, FeedStepContract.Of(c.Feed), IngestContract.Of(c.Ingest).Files, c.Entry?.Id, c.Unchanged,
            c.Examination?.Identity.AsOf, body?.Probabilities, body?.Recommendation, body?.Diff.Summary ?? [], c.Examination?.Degraded ?? [], c.Alert, c.AlertFailures);
    }
}
