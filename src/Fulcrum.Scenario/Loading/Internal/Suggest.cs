namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>"Did you mean …?" for misspelt codes and ids: the closest candidate within edit distance 2.</summary>
internal static class Suggest
{
    public static string? Nearest(string word, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
