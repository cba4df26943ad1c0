using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Swings;

/// <summary>
/// Swing weighting asked step by step, for an interactive host: show the <see cref="Swings"/>
/// (each interest from worst to best), take the analyst's ranking (<see cref="Rank"/>), then a rating
/// of each swing after the top one against it (<see cref="ToRate"/>, <see cref="Rate"/>); the
/// top swing is 100 by definition. <see cref="Result"/> gives the weights once every swing is rated.
/// A new ranking clears the ratings.
/// </summary>
public sealed class SwingElicitation
{
    private readonly Dictionary<string, double> _ratings = new(StringComparer.Ordinal);
    private List<List<string>>? _ranking;

    public SwingElicitation(IReadOnlyList<SwingRange> swings)
    {
        ArgumentNullException.ThrowIfNull(swings);
        Preconditions.AtLeast(swings.Count, 1);
        Preconditions.Require(swings.Select(s => s.Interest).Distinct(StringComparer.Ordinal).Count() == swings.Count, "each interest has one swing");
        Swings = [.. swings];
    }

    /// <summary>The swings of a case's interests, from the ends of their value functions.</summary>
    public static SwingElicitation For(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new([.. c.Interests.Select(i => new SwingRange(i.Id, i.Name, i.Unit, i.Value.Worst, i.Value.Best))]);
    }

    /// <summary>The swings to judge, in the case's order.</summary>
    public IReadOnlyList<SwingRange> Swings { get; }

    /// <summary>Whether a ranking has been given.</summary>
    public bool IsRanked => _ranking is not null;

    /// <summary>Ranks the swings, most important first, one interest each (use <see cref="RankTied"/> for ties).</summary>
    public Problem? Rank(IReadOnlyList<string> mostToLeast)
    {
        ArgumentNullException.ThrowIfNull(mostToLeast);
        return RankTied([.. mostToLeast.Select(id => (IReadOnlyList<string>)[id])]);
    }

    /// <summary>Ranks the swings in groups, most important group first; the swings of a group matter equally.</summary>
    public Problem? RankTied(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var all = groups.SelectMany(g => g).ToList();
        var ids = Swings.Select(s => s.Interest).ToList();
        var unknown = all.Where(id => !ids.Contains(id)).ToList();
        var twice = all.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = ids.Where(id => !all.Contains(id)).ToList();
        if (unknown.Count > 0) return Bad($"unknown interest{S(unknown)} {string.Join(", ", unknown)}", $"rank the swings of: {string.Join(", ", ids)}");
        if (twice.Count > 0) return Bad($"interest{S(twice)} {string.Join(", ", twice)} ranked twice", "rank each swing once");
        if (missing.Count > 0) return Bad($"interest{S(missing)} {string.Join(", ", missing)} not ranked", "rank every swing, most important first");
        if (groups.Any(g => g.Count == 0)) return Bad("an empty group in the ranking", "every rank holds at least one swing");
        _ranking = [.. groups.Select(g => g.ToList())];
        _ratings.Clear();
        foreach (var id in _ranking[0]) _ratings[id] = 100;
        return null;
    }

    /// <summary>The top swing(s): the yardstick the others are rated against (100).</summary>
    public IReadOnlyList<string> Top => _ranking?[0] ?? [];

    /// <summary>The swings still to rate, most important first; empty before the ranking and once all are rated.</summary>
    public IReadOnlyList<string> ToRate => _ranking is null ? [] : [.. _ranking.Skip(1).SelectMany(g => g).Where(id => !_ratings.ContainsKey(id))];

    /// <summary>
    /// Rates <paramref name="interest"/>'s swing against the top one (0–100). A rating above that of
    /// a swing ranked more important, or below one ranked less important, is refused with a problem.
    /// </summary>
    public Problem? Rate(string interest, double rating)
    {
        Preconditions.Require(_ranking is not null, "the swings are ranked before they are rated");
        var rank = _ranking!.FindIndex(g => g.Contains(interest));
        Preconditions.Require(rank >= 0, "the interest is one of the swings");
        if (rank == 0) return rating == 100 ? null : BadRating($"'{interest}' is the top swing: it is 100 by definition", "rate the other swings against it");
        if (!(rating is >= 0 and <= 100)) return BadRating($"rating {rating} is outside 0-100", "100: as much as the top swing; 50: half as much; 0: not at all");
        var above = _ranking.Take(rank).SelectMany(g => g).Where(_ratings.ContainsKey).OrderBy(id => _ratings[id]).FirstOrDefault();
        if (above is not null && rating > _ratings[above])
            return BadRating($"'{interest}' is rated {rating}, above '{above}' ({_ratings[above]}), which is ranked more important", "rate it at most as high, or change the ranking");
        var below = _ranking.Skip(rank + 1).SelectMany(g => g).Where(_ratings.ContainsKey).OrderByDescending(id => _ratings[id]).FirstOrDefault();
        if (below is not null && rating < _ratings[below])
            return BadRating($"'{interest}' is rated {rating}, below '{below}' ({_ratings[below]}), which is ranked less important", "rate it at least as high, or change the ranking");
        foreach (var tied in _ranking[rank]) _ratings[tied] = rating;
        return null;
    }

    /// <summary>The weights (rating / Σ ratings, in the order of <see cref="Swings"/>), or what is still missing.</summary>
    public Checked<SwingResult> Result()
    {
        if (_ranking is null) return Checked<SwingResult>.Failure([Problem.About(ElicitationSubjects.Ranking, "the swings are not ranked yet", "rank them, most important first")]);
        if (ToRate.Count > 0) return Checked<SwingResult>.Failure([Problem.About(ElicitationSubjects.Rating, $"{ToRate.Count} swing{S(ToRate)} still to rate", $"rate {string.Join(", ", ToRate)}")]);
        var ratings = _ranking.SelectMany((g, k) => g.Select(id => new SwingRating(id, k + 1, _ratings[id]))).ToList();
        return SwingWeights.Compute(ratings, [.. Swings.Select(s => s.Interest)]);
    }

    private static Problem Bad(string message, string hint) => Problem.About(ElicitationSubjects.Ranking, message, hint);

    private static Problem BadRating(string message, string hint) => Problem.About(ElicitationSubjects.Rating, message, hint);

    private static string S<T>(IReadOnlyCollection<T> items) => items.Count > 1 ? "s" : "";
}
