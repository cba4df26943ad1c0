namespace Fulcrum.UnVotes;

/// <summary>The issue categories of the roll-call data (a roll call may have several, or none).</summary>
public enum UnIssue
{
    /// <summary>me: the Palestinian conflict.</summary>
    PalestinianConflict,

    /// <summary>nu: nuclear weapons and nuclear material.</summary>
    NuclearWeapons,

    /// <summary>di: arms control and disarmament.</summary>
    ArmsControl,

    /// <summary>hr: human rights.</summary>
    HumanRights,

    /// <summary>co: colonialism.</summary>
    Colonialism,

    /// <summary>ec: economic development.</summary>
    EconomicDevelopment,
}

/// <summary>The short codes of <see cref="UnIssue"/> as the data and the command line write them.</summary>
public static class UnIssueCodes
{
    public static readonly IReadOnlyList<(string Code, UnIssue Issue)> All =
    [
        ("me", UnIssue.PalestinianConflict),
        ("nu", UnIssue.NuclearWeapons),
        ("di", UnIssue.ArmsControl),
        ("hr", UnIssue.HumanRights),
        ("co", UnIssue.Colonialism),
        ("ec", UnIssue.EconomicDevelopment),
    ];

    public static string Code(this UnIssue issue) => All.First(p => p.Issue == issue).Code;

    public static bool TryParse(string code, out UnIssue issue)
    {
        foreach (var (c, i) in All)
        {
            if (!c.Equals(code, StringComparison.OrdinalIgnoreCase)) continue;
            issue = i;
            return true;
        }
        issue = default;
        return false;
    }
}
