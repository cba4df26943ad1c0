namespace Fulcrum.Bargaining.Bdm;

/// <summary>The names of the compatibility modes as a user writes them (<c>paper</c>, <c>scholz-code</c>).</summary>
public static class BdmCompatNames
{
    public const string Paper = "paper";
    public const string ScholzCode = "scholz-code";

    /// <summary>Every name, in the order a host lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Paper, ScholzCode];

    public static string Name(BdmCompat compat) => compat switch
    {
        BdmCompat.Paper => Paper,
        BdmCompat.ScholzCode => ScholzCode,
        _ => throw new ArgumentOutOfRangeException(nameof(compat), compat, "unknown compatibility mode"),
    };

    /// <summary>Reads a name (case ignored); false for anything else.</summary>
    public static bool TryParse(string? text, out BdmCompat compat)
    {
        compat = BdmCompat.Paper;
        if (string.Equals(text, Paper, StringComparison.OrdinalIgnoreCase)) return true;
        if (!string.Equals(text, ScholzCode, StringComparison.OrdinalIgnoreCase)) return false;
        compat = BdmCompat.ScholzCode;
        return true;
    }
}
