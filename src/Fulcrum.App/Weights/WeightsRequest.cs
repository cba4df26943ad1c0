using Fulcrum.App.Cases;
using Fulcrum.Elicitation.Weights;

namespace Fulcrum.App.Weights;

/// <summary>
/// One weight elicitation: the case whose interests are weighed, the judgement or rating file (or
/// none, for an interactive session), and where to write the weighted copy of the case.
/// </summary>
/// <param name="Case">The case; null: none given (a file is then read without checking its ids against a case, unless a copy is asked for, which uses the default case).</param>
/// <param name="File">The judgement file (AHP) or the rating file (swing); null for an interactive session.</param>
/// <param name="Output">Where to write a copy of the case carrying the weights; null: no copy.</param>
public sealed record WeightsRequest(CaseRef? Case = null, string? File = null, string? Output = null)
{
    /// <summary>Whether the copy carries the AHP point weights or their range to the geometric-mean weights (swing weights are always points).</summary>
    public WeightRange Range { get; init; } = WeightRange.Point;

    /// <summary>The case the weights are for: the one given, else the default when a copy is asked for or the session is interactive.</summary>
    internal CaseRef? CaseFor(bool interactive) => Case ?? (Output is not null || interactive ? CaseRef.Default : null);
}
