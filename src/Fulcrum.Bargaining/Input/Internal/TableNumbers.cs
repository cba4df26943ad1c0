namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>
/// The sizes of the numbers a bargaining table may hold. The models multiply capability by
/// salience and by utility differences, sum the products over every actor, and raise vote totals to
/// powers up to the fourth (KTAB's quartic victory model): within 1e-12 to 1e12 every such sum and
/// power stays a finite, normal double, so no forecast can be NaN. Positions in an issue's own
/// units (a BDM file with fractional saliences) are at most 1e12 in size for the same reason.
/// </summary>
internal static class TableNumbers
{
    public const double MinCapability = 1e-12;
    public const double MaxCapability = 1e12;
    public const double MaxPosition = 1e12;

    /// <summary>The capability bound in words, for messages.</summary>
    public const string CapabilityRange = "between 1e-12 and 1e12";
}
