using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Examine;

/// <summary>One examination: what identifies it, the case, the appraisal and recommendation, and the signposts behind the probabilities.</summary>
/// <param name="Identity">Version, case and digest, as-of, seed and draws, data read, time.</param>
/// <param name="Case">The case.</param>
/// <param name="Appraisal">The options appraised, the recommendation, the sensitivities.</param>
/// <param name="Signposts">The signposts that gave the probabilities; null when they came from the priors or the analyst.</param>
public sealed record Examination(ExaminationIdentity Identity, LoadedCase Case, Appraisal Appraisal, SignpostReport? Signposts)
{
    /// <summary>What each of the case's questions gave under each option (empty when it has none): the appraisal used these probabilities and effects.</summary>
    public IReadOnlyList<Fulcrum.Questions.QuestionAnswer> Questions { get; init; } = [];

    /// <summary>
    /// Why the probabilities rest on less than the case asks for: one line per signpost that could
    /// not be judged (no data, a file that could not be read), with its reason. Such a signpost
    /// moves nothing, so the probabilities lean on the priors where it would have spoken; empty
    /// when every signpost was judged, or when the probabilities did not come from the signposts.
    /// </summary>
    public IReadOnlyList<string> Degraded { get; } = Signposts is null
        ? []
        : [.. Signposts.Readings.Where(r => r.State == Fulcrum.Watch.Signposts.SignpostState.NoData).Select(r => $"signpost {r.Id} cannot be judged: {r.Reason}")];
}
