using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Loading;

/// <summary>A loaded case and the SHA-256 (lower-case hex) of the bytes it was read from: which text, exactly, an examination judged.</summary>
public sealed record CaseDocument(Case Case, string Sha256);
