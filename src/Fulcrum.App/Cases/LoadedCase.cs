using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Cases;

/// <summary>A case as loaded for one request: the case, where it came from, and the SHA-256 of its text.</summary>
/// <param name="Case">The checked case.</param>
/// <param name="Ref">Which case was asked for.</param>
/// <param name="Folder">The case file's folder (series files are relative to it); null for a built-in case.</param>
/// <param name="Sha256">The SHA-256 (lower-case hex) of the bytes the case was read from.</param>
public sealed record LoadedCase(Case Case, CaseRef Ref, string? Folder, string Sha256);
