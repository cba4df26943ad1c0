using System.Globalization;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Journal;

/// <summary>
/// What changed between two journalled examinations of a case, structured and in plain words:
/// the signposts that fired, cleared or lost their data, the probabilities that moved, and the
/// recommendation when it moved.
/// </summary>
/// <param name="PreviousId">The entry compared with (null: the case's first entry).</param>
/// <param name="CaseChanged">Whether the case's text changed (its SHA-256 differs).</param>
/// <param name="Summary">The changes as sentences, in the order signposts, probabilities, recommendation.</param>
public sealed record JournalDiff(
    long? PreviousId, bool CaseChanged, IReadOnlyList<SignpostChange> Signposts, IReadOnlyList<ProbabilityChange> Probabilities,
    RecommendationChange? Recommendation, IReadOnlyList<string> Summary)
{
    /// <summary>A probability moves in the diff when it moves by at least this much.</summary>
    public const double Resolution = 0.001;

    /// <summary>The diff of <paramref name="current"/> against <paramref name="previous"/> (null: there is none).</summary>
    public static JournalDiff Between(long? previousId, JournalBody? previous, JournalBody current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
            return new(null, false, [], [], null, [$"first entry for case {current.Identity.CaseId}: recommend {current.Recommendation}"]);
        var summary = new List<string>();
        var caseChanged = previous.Identity.CaseSha256 != current.Identity.CaseSha256;
        if (caseChanged) summary.Add($"the case changed (sha256 {Short(previous.Identity.CaseSha256)} → {Short(current.Identity.CaseSha256)})");
        var before = previous.Signposts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var signposts = new List<SignpostChange>();
        foreach (var s in current.Signposts)
        {
            var from = before.TryGetValue(s.Id, out var b) ? b.State : (SignpostState?)null;
            if (from == s.State) continue;
            var change = new SignpostChange(s.Id, from, s.State, s.Since, s.Rule, s.Origin, s.Reason) { NoDataSince = s.NoDataSince };
            signposts.Add(change);
            summary.Add(change.Sentence);
        }
        var probabilities = new List<ProbabilityChange>();
        foreach (var (id, p) in current.Probabilities)
        {
            double? old = previous.Probabilities.TryGetValue(id, out var q) ? q : null;
            if (old is { } o && Math.Abs(o - p) < Resolution) continue;
            var change = new ProbabilityChange(id, old, p);
            probabilities.Add(change);
            summary.Add(change.Sentence);
        }
        RecommendationChange? recommendation = null;
        if (previous.Recommendation != current.Recommendation)
        {
            recommendation = new RecommendationChange(previous.Recommendation, current.Recommendation, current.Reason);
            summary.Add(recommendation.Sentence);
        }
        if (summary.Count == 0) summary.Add("no change in signposts, probabilities or recommendation");
        return new(previousId, caseChanged, signposts, probabilities, recommendation, summary);
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}

/// <summary>A signpost whose state changed (<paramref name="From"/> null: it is new to the case).</summary>
public sealed record SignpostChange(string Id, SignpostState? From, SignpostState To, DateOnly? Since, string Rule, string Origin, string Reason)
{
    /// <summary>For a signpost gone to no data because its series stopped: the first period without data.</summary>
    public DateOnly? NoDataSince { get; init; }

    public string Sentence
    {
        get
        {
            var on = Since is { } d ? $" on {d:yyyy-MM-dd}" : NoDataSince is { } gone && To == SignpostState.NoData ? $" since {gone:yyyy-MM-dd}" : "";
            var verb = (From, To) switch
            {
                (_, SignpostState.Fired) => "fired",
                (SignpostState.Fired, SignpostState.Quiet) => "cleared",
                (_, SignpostState.NoData) => "has no data",
                _ => "is quiet",
            };
            return $"signpost {Id} {verb}{on} ({Rule}, {Origin})";
        }
    }
}

/// <summary>A scenario probability that moved (<paramref name="From"/> null: the scenario is new).</summary>
public sealed record ProbabilityChange(string Scenario, double? From, double To)
{
    public string Sentence => $"P({Scenario}) {(From is { } f ? F(f) : "none")} → {F(To)}";

    private static string F(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The recommendation moved, and the reason for the new one.</summary>
public sealed record RecommendationChange(string From, string To, string Reason)
{
    public string Sentence => $"the recommendation moved from {From} to {To}: {Reason}";
}
