using Fulcrum.App.Cases;
using Fulcrum.App.Feeds;
using Fulcrum.Core.Problems;
using Fulcrum.Feeds;

namespace Fulcrum.App.Loop;

/// <summary>
/// A watch: the case, the store it ingests into and journals in, and the feed. Each cycle brings
/// what is new, ingests it, examines as of the newest data, journals and alerts; then waits
/// <see cref="Interval"/> (on the host's clock) for the next.
/// </summary>
/// <param name="Scope">The case and its bindings (the store and as-of date are the watch's own).</param>
/// <param name="Store">The event store's location: created when absent, ingested into, and the journal.</param>
/// <param name="Feed">A folder of event files, or a feed list's URL (http, https, file) or the folder URL holding GDELT's lists.</param>
public sealed record WatchRequest(CaseScope Scope, string Store, string Feed)
{
    /// <summary>The wait between cycles; default 15 minutes, GDELT 2.0's cadence.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Cycles to run before stopping (null: until stopped).</summary>
    public int? MaxCycles { get; init; }

    /// <summary>A scenario probability moving more than this (absolute) since the previous entry alerts; default 0.10.</summary>
    public double AlertMove { get; init; } = 0.10;

    /// <summary>Where a list feed's files are downloaded (null: the folder <c>STORE.feed</c> beside the store).</summary>
    public string? Into { get; init; }

    /// <summary>A shell command given each alert's JSON on its standard input (null: none).</summary>
    public string? AlertCommand { get; init; }

    /// <summary>A URL each alert's JSON is POSTed to (null: none).</summary>
    public Uri? AlertUrl { get; init; }

    /// <summary>Monte Carlo draws per examination; default 20,000 (no sensitivities: a cycle is about what changed).</summary>
    public int Draws { get; init; } = 20_000;

    public ulong Seed { get; init; } = Decision.AppraisalOptions.DefaultSeed;

    /// <summary>The folder downloads go into for a list feed.</summary>
    public string DownloadFolder => Into ?? Store + ".feed";

    internal Checked<FeedLocation> Check()
    {
        var problems = new List<Problem>();
        var feed = FeedLocation.Parse(Feed);
        if (feed is null) problems.Add(Problem.About(FeedSubjects.Feed, $"'{Feed}' is neither a folder nor a feed URL", "give a folder of event files, or an http(s):// or file:// URL of a list such as lastupdate.txt"));
        if (Interval <= TimeSpan.Zero) problems.Add(Problem.About(FeedSubjects.Interval, $"interval {Interval} is not positive", "give e.g. 15m, 1h or 30s"));
        if (MaxCycles is < 1) problems.Add(Problem.About(FeedSubjects.Cycles, $"{MaxCycles} cycles", "give 1 or more"));
        if (!(AlertMove is > 0 and < 1)) problems.Add(Problem.About(FeedSubjects.Move, $"a move of {AlertMove} is outside (0, 1)", "give e.g. 0.10"));
        if (AlertUrl is { } u && u.Scheme is not ("http" or "https")) problems.Add(Problem.About(FeedSubjects.AlertUrl, $"'{u}' is not an http or https URL", "give e.g. http://127.0.0.1:8080/alerts"));
        return problems.Count > 0 ? Checked<FeedLocation>.Failure(problems) : Checked<FeedLocation>.Success(feed!);
    }
}
