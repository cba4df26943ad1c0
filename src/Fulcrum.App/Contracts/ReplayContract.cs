using Fulcrum.App.Journal;

namespace Fulcrum.App.Contracts;

/// <summary><c>replay</c> as JSON: one step per date with its probabilities, recommendation, the signposts that fired, and what changed.</summary>
public sealed record ReplayContract(string CaseId, string? Journal, IReadOnlyList<long> Entries, IReadOnlyList<ReplayContract.Step> Steps) : Contract
{
    public static ReplayContract Of(ReplayResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.CaseId, r.Journal, r.Entries, [.. r.Steps.Select(s => new Step(
            s.AsOf, s.Body.Probabilities, s.Body.Recommendation, s.Body.ProbabilitySource,
            [.. s.Body.Signposts.Where(p => p.State == Watch.Signposts.SignpostState.Fired).Select(p => p.Id)],
            s.Fired, s.Cleared, s.Body.Diff.Summary))]);
    }

    /// <summary>One date: <c>fired</c> is every signpost fired as of it; <c>newly_fired</c> and <c>cleared</c> what changed since the date before.</summary>
    public sealed record Step(
        DateOnly AsOf, IReadOnlyDictionary<string, double> Probabilities, string Recommendation, string ProbabilitySource,
        IReadOnlyList<string> Fired, IReadOnlyList<string> NewlyFired, IReadOnlyList<string> Cleared, IReadOnlyList<string> Changes);
}
