namespace Fulcrum.Elicitation.Internal;

/// <summary>Interest and scenario ids in input files: the id rule of the case format, and "did you mean …?".</summary>
internal static class Ids
{
    /// <summary>The case format's rule: a letter, then letters, digits, '_' or '-', at most 64 characters.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>The hint for an id that is not among <paramref name="known"/>: the nearest one, or the list.</summary>
    public static string UnknownHint(string id, IReadOnlyCollection<string> known, string what) =>
        Nearest(id, known) is { } near ? $"did you mean '{near}'?" : $"the case's {what} are: {string.Join(", ", known)}";

    /// <summary>The closest of <paramref name="candidates"/> within two edits (case-insensitive), or null.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var c in candidates.Order(StringComparer.Ordinal))
        {
            var d = Edits(word.ToUpperInvariant(), c.ToUpperInvariant());
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return best;
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    private static int Edits(string a, string b)
    {
        var above = Enumerable.Range(0, b.Length + 1).ToArray();
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
                row[j] = Math.Min(Math.Min(row[j - 1], above[j]) + 1, above[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (above, row) = (row, above);
        }
        return above[b.Length];
    }
}
