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
public sealed record Examination(ExaminationIdentity Identity, LoadedCase Case, Appraisal Appraisal, SignpostReport? Signposts);
