using Fulcrum.App.Contracts;
using Fulcrum.App.Journal;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Loop;

/// <summary>
/// What a watch cycle alerts on, against the case's previous journal entry: signposts that fired
/// or cleared, scenario probabilities that moved more than the set amount, and the recommendation
/// when it changed. Its JSON is what an alert command reads on its standard input and an alert URL
/// receives.
/// </summary>
public sealed record WatchAlert(
    string CaseId, long Entry, long? PreviousEntry, DateOnly AsOf, DateTimeOffset Time,
    IReadOnlyList<SignpostChange> Fired, IReadOnlyList<SignpostChange> Cleared, IReadOnlyList<ProbabilityChange> Moved,
    RecommendationChange? Recommendation, IReadOnlyList<string> Summary) : Contract
{
    /// <summary>The alert an entry's diff gives, or null when nothing in it crosses a line (and for a case's first entry).</summary>
    public static WatchAlert? Of(JournalEntry entry, double move)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Body is not { Diff: { PreviousId: not null } diff } body) return null;
        var fired = diff.Signposts.Where(s => s.To == SignpostState.Fired).ToList();
        var cleared = diff.Signposts.Where(s => s.From == SignpostState.Fired && s.To == SignpostState.Quiet).ToList();
        var moved = diff.Probabilities.Where(p => p.From is not { } f || Math.Abs(p.To - f) > move).ToList();
        if (fired.Count == 0 && cleared.Count == 0 && moved.Count == 0 && diff.Recommendation is null) return null;
        var summary = fired.Concat(cleared).Select(s => s.Sentence).Concat(moved.Select(m => m.Sentence))
            .Concat(diff.Recommendation is { } r ? [r.Sentence] : []).ToList();
        return new WatchAlert(body.Identity.CaseId, entry.Id, diff.PreviousId, entry.Record.AsOf, entry.Record.Time, fired, cleared, moved, diff.Recommendation, summary);
    }
}
