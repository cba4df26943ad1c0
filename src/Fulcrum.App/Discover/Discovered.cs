using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.Decision;
using Fulcrum.Decision.Discovery;

namespace Fulcrum.App.Discover;

/// <summary>One scenario discovery: what identifies its draws, the case, the probabilities they were drawn under, and the boxes PRIM found.</summary>
/// <param name="Identity">Version, case and digest, as-of, seed and draws, data read, time.</param>
/// <param name="Case">The case.</param>
/// <param name="Probabilities">The scenario probabilities the draws were made under, and where they come from.</param>
/// <param name="Discovery">The option examined, what failing means, how often it fails, the dimensions searched and the boxes.</param>
public sealed record Discovered(ExaminationIdentity Identity, LoadedCase Case, ScenarioProbabilities Probabilities, Discovery Discovery);
