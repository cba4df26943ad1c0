using Fulcrum.App.Cases;
using Fulcrum.Decision;

namespace Fulcrum.App.Brief;

/// <summary>One brief to assemble: the case and its data, and the examination's settings.</summary>
/// <param name="Scope">The case, store, as-of date and source bindings.</param>
public sealed record BriefRequest(CaseScope Scope)
{
    public int Draws { get; init; } = AppraisalOptions.DefaultDraws;

    public ulong Seed { get; init; } = AppraisalOptions.DefaultSeed;

    /// <summary>Cores to use (null: all); the numbers are the same for any count.</summary>
    public int? Cores { get; init; }
}
