using Fulcrum.App.Contracts;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Journal;

/// <summary>
/// One journalled examination, as its body is stored: the examination's identity, where its
/// probabilities came from (a recorded outcome says so there), every signpost's state, the
/// probabilities, the option table, the recommendation and its reason, and the diff against the
/// case's previous entry.
/// </summary>
public sealed record JournalBody(
    IdentityContract Identity, string ProbabilitySource,
    IReadOnlyList<JournalSignpost> Signposts, IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyList<JournalOption> Options, string Recommendation, string Reason, RecommendationStatus Status,
    JournalDiff Diff);

/// <summary>A signpost as journalled: state, since when, the rule, where its data came from, why.</summary>
public sealed record JournalSignpost(string Id, SignpostState State, DateOnly? Since, string Rule, string Origin, string Reason)
{
    /// <summary>For no data because its series stopped before as_of: the first period without data (null otherwise, and in entries written before it was kept).</summary>
    public DateOnly? NoDataSince { get; init; }
}

/// <summary>One row of the option table.</summary>
public sealed record JournalOption(string Id, string Name, double ExpectedUtility, double Cvar10, double PBest, double ExpectedRegret, bool Admissible);

/// <summary>An outcome as journalled: the scenario that happened, when, and the analyst's note.</summary>
public sealed record OutcomeBody(string CaseId, string Scenario, DateOnly Date, string? Note);
