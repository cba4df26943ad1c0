namespace Fulcrum.App.Feeds;

/// <summary>The parameters of fetching and watching a feed that problems can be about (hosts name them in their own words).</summary>
public static class FeedSubjects
{
    public const string Feed = "feed";
    public const string Into = "into";
    public const string Interval = "interval";
    public const string Cycles = "max_cycles";
    public const string Move = "alert_move";
    public const string AlertUrl = "alert_url";
}
