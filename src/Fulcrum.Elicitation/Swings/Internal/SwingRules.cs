using System.Globalization;
using Fulcrum.Elicitation.Internal;

namespace Fulcrum.Elicitation.Swings.Internal;

/// <summary>Which part of a swing rating a problem is about, so a file reader can point at the cell.</summary>
internal enum SwingField { Row, Interest, Rank, Rating }

/// <summary>
/// The rules every set of swing ratings obeys, wherever it comes from: known interests, each once; a
/// top swing (rank 1) rated 100; ratings in [0, 100]; equal ranks rated equally; no swing rated above
/// one ranked more important; with a case, every interest rated.
/// </summary>
internal static class SwingRules
{
    public const double Top = 100;

    /// <summary>Reports every broken rule through <paramref name="report"/> (entry index, or −1 for the whole set); true when none is.</summary>
    public static bool Check(IReadOnlyList<SwingRating> ratings, IReadOnlyList<string>? interests, Action<int, SwingField, string, string> report)
    {
        var ok = true;
        void Bad(int index, SwingField field, string message, string hint)
        {
            report(index, field, message, hint);
            ok = false;
        }
        if (ratings.Count == 0)
        {
            Bad(-1, SwingField.Row, "no swing is rated", "rate the swing of every interest: interest,rank,rating");
            return false;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < ratings.Count; k++)
        {
            var (id, rank, rating) = (ratings[k].Interest, ratings[k].Rank, ratings[k].Rating);
            if (!Ids.IsValid(id)) Bad(k, SwingField.Interest, $"'{id}' is not an interest id", "use the interest's id in the case");
            else if (interests is not null && !interests.Contains(id)) Bad(k, SwingField.Interest, $"unknown interest '{id}'", Ids.UnknownHint(id, interests, "interests"));
            else if (!seen.TryAdd(id, k)) Bad(k, SwingField.Interest, $"interest '{id}' is rated twice", "rate each interest's swing once");
            if (rank < 1) Bad(k, SwingField.Rank, $"rank {rank} of '{id}' is below 1", "rank 1 is the swing that matters most, 2 the next …");
            if (!(rating is >= 0 and <= Top))
                Bad(k, SwingField.Rating, $"rating {F(rating)} of '{id}' is outside 0-100", "rate each swing against the top one: 100 as much, 50 half as much, 0 not at all");
        }
        if (interests is not null && interests.Where(i => !seen.ContainsKey(i)).ToList() is { Count: > 0 } missing)
            Bad(-1, SwingField.Row, $"no swing rating for interest{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}",
                "rate every interest of the case (0 for a swing that does not matter)");
        if (!ok) return false;
        CheckOrder(ratings, Bad);
        return ok;
    }

    private static void CheckOrder(IReadOnlyList<SwingRating> ratings, Action<int, SwingField, string, string> bad)
    {
        var top = Enumerable.Range(0, ratings.Count).Where(k => ratings[k].Rank == 1).ToList();
        if (top.Count == 0)
            bad(-1, SwingField.Rank, "no swing is ranked 1", "rank the swing that matters most 1 and rate it 100");
        foreach (var k in top.Where(k => ratings[k].Rating != Top))
            bad(k, SwingField.Rating, $"'{ratings[k].Interest}' is ranked 1 but rated {F(ratings[k].Rating)}", "the top swing is the yardstick: rate it 100");
        var byRank = Enumerable.Range(0, ratings.Count).GroupBy(k => ratings[k].Rank).OrderBy(g => g.Key).ToList();
        int? floor = null; // the lowest-rated entry among the swings ranked more important so far
        foreach (var group in byRank)
        {
            var first = group.First();
            foreach (var k in group.Skip(1).Where(k => ratings[k].Rating != ratings[first].Rating))
                bad(k, SwingField.Rating, $"'{ratings[k].Interest}' is ranked equal to '{ratings[first].Interest}' (rank {group.Key}) but rated {F(ratings[k].Rating)}, not {F(ratings[first].Rating)}",
                    "swings that matter equally get the same rating; otherwise rank them apart");
            if (floor is { } f)
                foreach (var k in group.Where(k => ratings[k].Rating > ratings[f].Rating))
                    bad(k, SwingField.Rating, $"'{ratings[k].Interest}' (rank {group.Key}) is rated {F(ratings[k].Rating)}, above '{ratings[f].Interest}' (rank {ratings[f].Rank}, rated {F(ratings[f].Rating)}), which is ranked more important",
                        "a swing ranked lower is rated at most as high: change the rating or the rank");
            var low = group.MinBy(k => ratings[k].Rating);
            if (floor is null || ratings[low].Rating < ratings[floor.Value].Rating) floor = low;
        }
    }

    public static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
