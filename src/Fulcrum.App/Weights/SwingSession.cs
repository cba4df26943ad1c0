using System.Globalization;
using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation;
using Fulcrum.Elicitation.Swings;

namespace Fulcrum.App.Weights;

/// <summary>
/// An interactive swing weighting over a case's interests: the host shows the <see cref="Swings"/>
/// (each interest from worst to best), takes the ranking as typed (<see cref="Rank"/>), then a rating
/// of each swing in <see cref="ToRate"/> against the top one (<see cref="Rate"/>). A refused answer
/// is a problem and changes nothing; the host asks again.
/// </summary>
public sealed class SwingSession
{
    private readonly SwingElicitation _elicitation;

    internal SwingSession(LoadedCase loaded)
    {
        Case = loaded;
        _elicitation = SwingElicitation.For(loaded.Case);
    }

    public LoadedCase Case { get; }

    /// <summary>The swings to judge, in the case's order (a ranking may name them by their 1-based place here).</summary>
    public IReadOnlyList<SwingRange> Swings => _elicitation.Swings;

    public bool IsRanked => _elicitation.IsRanked;

    /// <summary>The top swing(s), rated 100: the yardstick.</summary>
    public IReadOnlyList<string> Top => _elicitation.Top;

    /// <summary>The swings still to rate, most important first.</summary>
    public IReadOnlyList<string> ToRate => _elicitation.ToRate;

    /// <summary>
    /// The ranking as typed, most important first: interests separated by commas, tied ones joined by
    /// <c>=</c>, each named by its id or its place among <see cref="Swings"/>
    /// (<c>us_backing, syria_freedom, 3, russia_trade = rus_goodwill, …</c>).
    /// </summary>
    public Problem? Rank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(g => (IReadOnlyList<string>)[.. g.Split('=', StringSplitOptions.TrimEntries).Select(Id)]).ToList();
        if (groups.Count == 0)
            return Problem.About(ElicitationSubjects.Ranking, "no ranking given", "name every swing, most important first, separated by commas (tied ones joined by =)");
        return _elicitation.RankTied(groups);
    }

    /// <summary>The rating of <paramref name="interest"/>'s swing against the top one, as typed (0–100).</summary>
    public Problem? Rate(string interest, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) || !double.IsFinite(rating))
            return Problem.About(ElicitationSubjects.Rating, $"'{text.Trim()}' is not a number", "rate the swing 0-100 against the top one: 100 as much, 50 half as much, 0 not at all");
        return _elicitation.Rate(interest, rating);
    }

    /// <summary>The weights once every swing is rated, or what is still missing.</summary>
    public Checked<SwingResult> Result() => _elicitation.Result();

    /// <summary>An id as typed, or the id of the swing at that 1-based place.</summary>
    private string Id(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= Swings.Count ? Swings[k - 1].Interest : token;
}
