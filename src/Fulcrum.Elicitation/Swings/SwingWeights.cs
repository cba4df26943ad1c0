using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Swings.Internal;

namespace Fulcrum.Elicitation.Swings;

/// <summary>
/// Swing weighting (von Winterfeldt &amp; Edwards 1986, <i>Decision Analysis and Behavioral Research</i>,
/// ch. 8; Edwards &amp; Barron 1994, "SMARTS and SMARTER", OBHDP 60:306–325): imagine every interest at
/// its worst level; rank the swings from worst to best by how much they matter; rate each against the
/// top one (100); each weight is its rating over the sum of ratings.
/// </summary>
public static class SwingWeights
{
    /// <summary>
    /// The weights of <paramref name="ratings"/>; with <paramref name="interests"/> (a case's), every
    /// interest must be rated once and the weights come in that order. Broken rules come back as problems.
    /// </summary>
    public static Checked<SwingResult> Compute(IReadOnlyList<SwingRating> ratings, IReadOnlyList<string>? interests = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var problems = new List<Problem>();
        var ok = SwingRules.Check(ratings, interests, (_, field, message, hint) =>
            problems.Add(Problem.About(field == SwingField.Rank ? ElicitationSubjects.Ranking : ElicitationSubjects.Rating, message, hint)));
        return ok ? Checked<SwingResult>.Success(Weigh(ratings, interests)) : Checked<SwingResult>.Failure(problems);
    }

    /// <summary>rating / Σ ratings, for ratings that passed the rules (the top one is 100, so the sum is positive).</summary>
    internal static SwingResult Weigh(IReadOnlyList<SwingRating> ratings, IReadOnlyList<string>? interests)
    {
        var ordered = interests is null ? ratings : [.. interests.Select(id => ratings.First(r => r.Interest == id))];
        var sum = ordered.Sum(r => r.Rating);
        return new SwingResult([.. ordered.Select(r => r.Interest)], [.. ordered.Select(r => r.Rating / sum)], ordered);
    }
}
