namespace Fulcrum.Elicitation;

/// <summary>
/// What an answer given through an interactive elicitation is about, for
/// <see cref="Core.Problems.Problem.About"/>: a host maps each to its own words (a prompt, a field).
/// Kept beside <see cref="Core.Problems.Subjects"/>, which names command parameters.
/// </summary>
public static class ElicitationSubjects
{
    /// <summary>A pairwise judgement: how many times more one interest matters than another.</summary>
    public const string Judgement = "judgement";
    /// <summary>The order of the swings, most important first.</summary>
    public const string Ranking = "ranking";
    /// <summary>A swing's rating against the top swing (0–100).</summary>
    public const string Rating = "rating";
    /// <summary>The weights given for a case.</summary>
    public const string Weights = "weights";
    /// <summary>A panel of analysts.</summary>
    public const string Panel = "panel";
}
