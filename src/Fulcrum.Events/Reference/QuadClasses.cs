namespace Fulcrum.Events.Reference;

/// <summary>
/// CAMEO's four quad classes and the mapping from root code GDELT itself uses: 01–05 verbal
/// cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. Real
/// GDELT 2.0 rows carry exactly this mapping in their QuadClass field (the tests check all 9,354 rows
/// of ../shared/data/gdelt/luka_*); the 06–08/09–13/14–20 split in some write-ups disagrees with it.
/// </summary>
public static class QuadClasses
{
    public const int VerbalCooperation = 1;
    public const int MaterialCooperation = 2;
    public const int VerbalConflict = 3;
    public const int MaterialConflict = 4;

    /// <summary>The quad class of a two-digit root code (<c>"01"</c>..<c>"20"</c>), or null.</summary>
    public static int? FromRootCode(ReadOnlySpan<char> root)
    {
        if (root.Length != 2 || !char.IsAsciiDigit(root[0]) || !char.IsAsciiDigit(root[1])) return null;
        return FromRoot(((root[0] - '0') * 10) + (root[1] - '0'));
    }

    /// <summary>The quad class of a root code's number (1..20), or null.</summary>
    public static int? FromRoot(int root) => root switch
    {
        >= 1 and <= 5 => VerbalCooperation,
        >= 6 and <= 9 => MaterialCooperation,
        >= 10 and <= 14 => VerbalConflict,
        >= 15 and <= 20 => MaterialConflict,
        _ => null,
    };

    /// <summary>"verbal cooperation" … "material conflict".</summary>
    public static string Label(int quadClass) => quadClass switch
    {
        VerbalCooperation => "verbal cooperation",
        MaterialCooperation => "material cooperation",
        VerbalConflict => "verbal conflict",
        MaterialConflict => "material conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(quadClass), quadClass, "quad classes are 1 to 4"),
    };
}
