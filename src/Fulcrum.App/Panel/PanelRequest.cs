using Fulcrum.App.Cases;
using Fulcrum.Decision;

namespace Fulcrum.App.Panel;

/// <summary>A panel of analysts to study on a case: the case, the folder of analyst files, the appraisal's settings.</summary>
/// <param name="Case">The case the analysts judged.</param>
/// <param name="Directory">The folder with one YAML file per analyst (docs/elicitation.md).</param>
public sealed record PanelRequest(CaseRef Case, string Directory)
{
    public int Draws { get; init; } = AppraisalOptions.DefaultDraws;

    public ulong Seed { get; init; } = AppraisalOptions.DefaultSeed;

    /// <summary>Cores to use (null: all); the numbers are the same for any count.</summary>
    public int? Cores { get; init; }
}
