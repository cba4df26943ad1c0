using System.Globalization;
using Fulcrum.Bargaining.Uncertainty.Internal;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Uncertainty;

/// <summary>
/// How much to shake each input in a perturbation run (written <c>position=SD,salience=SD,capability=SD</c>);
/// 0 leaves an input alone. Each run draws, for every actor, a standard normal Z per value:
/// <list type="bullet">
/// <item><b>position</b>: x + SD·Z, in the table's own position units (points on a 0–100 scale,
/// years, dollars…), clamped to the position bounds (<see cref="PerturbationOptions.PositionBounds"/>).</item>
/// <item><b>salience</b>: s + SD·Z in points of the 0–100 salience scale (a file written in fractions
/// is on that scale too once read: salience=10 shakes its 0.8 by about 0.1), clamped to [0, 100]; if an
/// actor's saliences then sum to more than 100 (several dimensions), they are scaled down to sum to 100.</item>
/// <item><b>capability</b>: c·exp(SD·Z), a relative shake that keeps capability positive and its median
/// unchanged: capability=0.2 moves it by a factor within e^±0.2 (about ±20 %) at one SD.</item>
/// </list>
/// </summary>
public sealed record PerturbationSpec(double PositionSd = 0, double SalienceSd = 0, double CapabilitySd = 0)
{
    /// <summary>True when every SD is zero (the runs would all repeat the input).</summary>
    public bool IsNone => PositionSd == 0 && SalienceSd == 0 && CapabilitySd == 0;

    /// <summary>
    /// Parses <c>key=SD</c> items separated by commas; keys position (pos), salience (sal),
    /// capability (cap), each at most once, values finite numbers ≥ 0. Problems name
    /// <paramref name="source"/> (the parameter, as a subject) and the 1-based character column of the item.
    /// </summary>
    public static Checked<PerturbationSpec> Parse(string text, string source = Subjects.Perturb) =>
        PerturbationSpecParser.Parse(text ?? "", source);

    /// <summary>The spec in the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"position={PositionSd:R},salience={SalienceSd:R},capability={CapabilitySd:R}");
}
