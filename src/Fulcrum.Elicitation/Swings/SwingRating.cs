namespace Fulcrum.Elicitation.Swings;

/// <summary>
/// One interest's swing, judged: its <paramref name="Rank"/> among the swings (1 = the swing from
/// worst to best that matters most; equal ranks for swings that matter equally) and its
/// <paramref name="Rating"/> against the top swing, 0–100 (the top swing is 100).
/// </summary>
public sealed record SwingRating(string Interest, int Rank, double Rating);

/// <summary>
/// The swing of one interest that the analyst is asked to judge: from its worst level (value 0) to
/// its best (value 1), in the interest's unit — the ends of the case's value function.
/// </summary>
public sealed record SwingRange(string Interest, string Name, string Unit, double Worst, double Best)
{
    /// <summary>The swing in words, e.g. <c>Bilateral trade with Russia: from 0 to 3.5 USD bn per year</c>.</summary>
    public string Describe() => $"{Name}: from {Fmt(Worst)} to {Fmt(Best)} {Unit}";

    private static string Fmt(double x) => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Weights from swing ratings: each rating over their sum, in the order of <see cref="Ids"/>.</summary>
/// <param name="Ids">The interests, in the case's order when the ratings were checked against a case, else as given.</param>
/// <param name="Weights">rating / Σ ratings, summing to 1.</param>
/// <param name="Ratings">The ratings, in the order of <paramref name="Ids"/>.</param>
public sealed record SwingResult(IReadOnlyList<string> Ids, IReadOnlyList<double> Weights, IReadOnlyList<SwingRating> Ratings)
{
    public double WeightOf(string id)
    {
        for (var i = 0; i < Ids.Count; i++)
            if (string.Equals(Ids[i], id, StringComparison.Ordinal)) return Weights[i];
        throw new ArgumentException($"precondition failed: '{id}' is not an interest of the result", nameof(id));
    }
}
