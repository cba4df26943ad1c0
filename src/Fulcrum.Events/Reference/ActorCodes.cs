using System.Collections.Frozen;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Reference;

namespace Fulcrum.Events.Reference;

/// <summary>
/// What an actor code can be: a CAMEO country or region, known group or actor type; the spellings
/// GDELT has used for one country over the years (<see cref="Aliases"/>, docs/events.md); and the
/// codes to suggest for one that is none of these (a typo that would otherwise give a series of zeros).
/// </summary>
public static class ActorCodes
{
    /// <summary>
    /// Other spellings of a code and what to write instead, with why. GDELT 2.0 writes ISO-style
    /// codes where the CAMEO list has older ones (ROM → ROU, MTN → MNE); common abbreviations that
    /// are not CAMEO codes (TRK, UK) point to the code GDELT writes. Both directions where both are
    /// real spellings, so a store holding either is found.
    /// </summary>
    public static readonly FrozenDictionary<string, (string Code, string Why)> Aliases = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["ROM"] = ("ROU", "the CAMEO list spells Romania ROM; GDELT 2.0 writes ROU"),
        ["ROU"] = ("ROM", "GDELT 2.0 writes Romania ROU; older CAMEO-coded data ROM"),
        ["MTN"] = ("MNE", "the CAMEO list spells Montenegro MTN; GDELT 2.0 writes MNE"),
        ["MNE"] = ("MTN", "GDELT 2.0 writes Montenegro MNE; older CAMEO-coded data MTN"),
        ["ZAR"] = ("COD", "Zaire is the Democratic Republic of the Congo, COD"),
        ["BUR"] = ("MMR", "Burma is Myanmar, MMR"),
        ["YUG"] = ("SRB", "after 2006 GDELT writes Serbia SRB (and Montenegro MNE)"),
        ["SCG"] = ("SRB", "Serbia and Montenegro split in 2006: Serbia SRB, Montenegro MNE"),
        ["TRK"] = ("TUR", "Turkey is TUR"),
        ["UK"] = ("GBR", "the United Kingdom is GBR"),
        ["UKG"] = ("GBR", "the United Kingdom is GBR"),
        ["ENG"] = ("GBR", "England is part of the United Kingdom, GBR"),
        ["GER"] = ("DEU", "Germany is DEU"),
        ["FRG"] = ("DEU", "West Germany is Germany, DEU"),
        ["SUN"] = ("RUS", "the Soviet Union's successor in GDELT is Russia, RUS"),
        ["USR"] = ("RUS", "the Soviet Union's successor in GDELT is Russia, RUS"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A warning about an actor code, or null when it is fine: "unknown actor code" with suggestions
    /// when it is neither a CAMEO code nor in any of the store's events (<paramref name="inStore"/>); or,
    /// for a CAMEO code no event carries, the spelling the store uses instead (ROM when GDELT writes ROU).
    /// </summary>
    /// <param name="subject">What the code is about, e.g. <see cref="Subjects.Dyad"/>.</param>
    public static Problem? Check(string code, IReadOnlySet<string> inStore, string subject)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(inStore);
        if (inStore.Contains(code)) return null;
        if (!IsKnown(code))
        {
            var suggestions = Suggest(code, inStore);
            return Problem.About(subject, $"unknown actor code '{code}': not a CAMEO country, group or type, and in no event of the store",
                suggestions.Count == 0 ? "check the code against CAMEO's country list (docs/events.md, actor codes)"
                : $"did you mean {Or([.. suggestions.Select(s => $"{s} ({NameOf(s)})")])}?");
        }
        if (Aliases.TryGetValue(code, out var alias) && inStore.Contains(alias.Code))
            return Problem.About(subject, $"'{code}' ({NameOf(code)}) is in no event of the store: {alias.Why}", $"use {alias.Code}");
        return null;
    }

    private static string Or(IReadOnlyList<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    /// <summary>A CAMEO country or region, known group or actor type.</summary>
    public static bool IsKnown(string code) =>
        CameoCountries.IsKnown(code) || CameoKnownGroups.All.ContainsKey(code) || CameoActorTypes.All.ContainsKey(code);

    /// <summary>The name of a code (country, group or type), or the code itself.</summary>
    public static string NameOf(string code) =>
        CameoCountries.All.TryGetValue(code, out var c) ? c
        : CameoKnownGroups.All.TryGetValue(code, out var g) ? g
        : CameoActorTypes.All.TryGetValue(code, out var t) ? t : code;

    /// <summary>
    /// Up to <paramref name="count"/> codes the user may have meant by <paramref name="code"/>, best first:
    /// its alias when it has one, then the known codes and <paramref name="inStore"/> codes nearest by
    /// <see cref="TypoDistance"/> (at most 2); at equal distance a code the store holds comes first,
    /// then one that keeps the typed first letter (people rarely mistype the first letter: TRK → TUR before PRK).
    /// </summary>
    public static IReadOnlyList<string> Suggest(string code, IReadOnlySet<string> inStore, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(code);
        var alias = Aliases.TryGetValue(code, out var a) ? a.Code : null;
        return [.. (alias is null ? [] : new[] { alias }).Concat(Nearest(code, inStore).Where(c => c != alias)).Take(count)];
    }

    /// <summary>The known and stored codes at most 2 from <paramref name="code"/> by <see cref="TypoDistance"/>, ranked as <see cref="Suggest"/> says (no aliases).</summary>
    public static IEnumerable<string> Nearest(string code, IReadOnlySet<string> inStore)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(inStore);
        return CameoCountries.All.Keys.Concat(CameoKnownGroups.All.Keys).Concat(CameoActorTypes.All.Keys).Concat(inStore)
            .Distinct(StringComparer.Ordinal)
            .Where(c => c != code)
            .Select(c => (Code: c, Distance: TypoDistance(code, c)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => inStore.Contains(c.Code) ? 0 : 1)
            .ThenBy(c => c.Code.Length > 0 && code.Length > 0 && c.Code[0] == code[0] ? 0 : 1)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => c.Code);
    }

    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
    /// neighbours, each 1) with a substitution of the first letter costing 2: a typo keeps the first
    /// letter far more often than it changes it, so PRK is no nearer TRK (2) than TUR is (2: a U put in,
    /// the K left out), and at equal distance <see cref="Suggest"/> prefers the kept first letter.
    /// </summary>
    public static int TypoDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : i == 1 && j == 1 ? 2 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, d[i - 2, j - 2] + 1);
                d[i, j] = best;
            }
        return d[a.Length, b.Length];
    }
}
