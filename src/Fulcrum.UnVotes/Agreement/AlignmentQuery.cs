namespace Fulcrum.UnVotes.Agreement;

/// <summary>How roll calls are grouped into rows.</summary>
public enum AlignmentGrouping
{
    /// <summary>By calendar year of the vote (the ideal points of the session that opened that year).</summary>
    Year,

    /// <summary>By General Assembly session (September to September).</summary>
    Session,

    /// <summary>One row for the whole span of years.</summary>
    Span,
}

/// <summary>How far apart two votes are on the yes 1 / abstain ½ / no 0 scale, for S, κ and π.</summary>
public enum VoteDistance
{
    /// <summary>|a − b| (Signorino &amp; Ritter's S on the three-category scale; κ and π become linearly weighted).</summary>
    Absolute,

    /// <summary>(a − b)² (κ and π quadratically weighted, the form of Häge's published UN-vote scores).</summary>
    Squared,
}

/// <summary>
/// A pair of countries and the votes to compare. Defaults: every roll call, by year, over the
/// years both countries voted in, absolute distances.
/// </summary>
/// <param name="A">The first country's actor code.</param>
/// <param name="B">The second country's actor code.</param>
public sealed record AlignmentQuery(string A, string B)
{
    /// <summary>The first year (inclusive); null = the first year both voted.</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year (inclusive); null = the last year both voted.</summary>
    public int? ToYear { get; init; }

    /// <summary>Only the US State Department's important votes (coded 1983–2017); the ideal points are then those estimated from important votes.</summary>
    public bool ImportantOnly { get; init; }

    /// <summary>Only roll calls in any of these issue categories (empty = all).</summary>
    public IReadOnlyList<UnIssue> Issues { get; init; } = [];

    public AlignmentGrouping Grouping { get; init; } = AlignmentGrouping.Year;

    public VoteDistance Distance { get; init; } = VoteDistance.Absolute;

    /// <summary>Whether the rows carry the ideal-point distance (false: left null, and the ideal points are never read).</summary>
    public bool WithIdealPoints { get; init; } = true;
}
