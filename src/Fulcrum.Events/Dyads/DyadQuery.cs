using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;

namespace Fulcrum.Events.Dyads;

/// <summary>
/// A dyad series to compute: two actors matched on their CAMEO country codes, the period, the span
/// and the filters analysts expect. Defaults: undirected (A→B plus B→A), weekly, the store's whole
/// span, every event, no normalisation. Check a query built from user input with <see cref="Check"/>.
/// </summary>
public sealed record DyadQuery
{
    /// <summary>The first actor (the focal one for <see cref="DyadNormalization.Actor"/>), e.g. <c>ISR</c>.</summary>
    public required string ActorA { get; init; }

    /// <summary>The second actor, e.g. <c>USA</c>.</summary>
    public required string ActorB { get; init; }

    /// <summary>Only A→B (A as actor 1); default false: A→B and B→A.</summary>
    public bool Directed { get; init; }

    public Period By { get; init; } = Period.Week;

    /// <summary>First event date, inclusive; null: the store's first.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last event date, inclusive; null: the store's last.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only events whose two actors are both the state (see <see cref="Reference.StateActors"/>).</summary>
    public bool StateActorsOnly { get; init; }

    /// <summary>Only GDELT root events (IsRootEvent = 1; ICEWS rows have no such flag and drop out).</summary>
    public bool RootEventsOnly { get; init; }

    /// <summary>Only events with at least this many mentions (ICEWS rows have none and drop out); null: no bound.</summary>
    public int? MinMentions { get; init; }

    /// <summary>Count once the events of one day, one directed dyad and one event code.</summary>
    public bool Dedupe { get; init; }

    /// <summary>Only these CAMEO root codes (<c>"14"</c>, <c>"19"</c>); empty: all.</summary>
    public IReadOnlyList<string> Roots { get; init; } = [];

    public DyadNormalization Normalize { get; init; } = DyadNormalization.None;

    /// <summary>Periods in the z-score baseline; null: <see cref="DefaultBaseline"/>.</summary>
    public int? Baseline { get; init; }

    /// <summary>The baseline length in effect.</summary>
    public int BaselinePeriods => Baseline ?? DefaultBaseline(By);

    /// <summary>The default z-score baseline: 60 days, 12 weeks or 12 months.</summary>
    public static int DefaultBaseline(Period period) => period == Period.Day ? 60 : 12;

    /// <summary>
    /// The same query with its actors in the one order every output shows: alphabetical for an
    /// undirected dyad (USA ISR is ISR USA), as given when the order means something (directed, or
    /// normalised by actor A's events).
    /// </summary>
    public DyadQuery Canonical() =>
        !Directed && Normalize != DyadNormalization.Actor && string.CompareOrdinal(ActorA, ActorB) > 0 ? this with { ActorA = ActorB, ActorB = ActorA } : this;

    /// <summary>Every problem with the query (empty when it can run), each about the parameter at fault.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        foreach (var (name, code) in new[] { ("A", ActorA), ("B", ActorB) })
            if (!IsCountryCode(code))
                problems.Add(Problem.About(Subjects.Dyad, $"actor {name} '{code}' is not a CAMEO country code", "three capital letters, e.g. ISR, USA, RUS"));
        if (ActorA == ActorB) problems.Add(Problem.About(Subjects.Dyad, $"actors A and B are both {ActorA}", "a dyad needs two actors"));
        if (From is { } f && To is { } t && f > t)
            problems.Add(Problem.About(Subjects.From, $"{{from}} {f:yyyy-MM-dd} is after {{to}} {t:yyyy-MM-dd}", "swap them"));
        if (MinMentions is < 1) problems.Add(Problem.About(Subjects.MinMentions, $"{{min_mentions}} {MinMentions} must be 1 or more", "count only events mentioned at least once, or more"));
        foreach (var root in Roots)
            if (Reference.QuadClasses.FromRootCode(root) is null)
                problems.Add(Problem.About(Subjects.Roots, $"root code '{root}' is not a CAMEO root", "two digits, 01 to 20"));
        if (By == Period.Year) problems.Add(Problem.About(Subjects.Period, "a dyad series is by day, week or month, not by year", "choose day, week or month"));
        if (Baseline is < 2) problems.Add(Problem.About(Subjects.Baseline, $"{{baseline}} {Baseline} must be 2 periods or more", "a standard deviation needs at least 2 points"));
        return problems;
    }

    private static bool IsCountryCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);
}
