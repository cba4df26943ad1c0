using Fulcrum.Core.Problems;
using Fulcrum.Feeds;

namespace Fulcrum.App.Feeds;

/// <summary>A history range of a feed's event exports to bring into a folder.</summary>
/// <param name="Feed">The feed: a list's URL (http, https, file), a folder URL holding GDELT's lists, or a local list file.</param>
/// <param name="From">The first day (UTC) whose files are wanted.</param>
/// <param name="To">The last day.</param>
/// <param name="Into">The folder the files go into (created when absent).</param>
public sealed record FetchRequest(string Feed, DateOnly From, DateOnly To, string Into)
{
    /// <summary>The feed's location, or the problems with the request.</summary>
    internal Checked<FeedLocation> Check()
    {
        var problems = new List<Problem>();
        var location = FeedLocation.Parse(Feed);
        if (location is null || location.Url is null)
            problems.Add(Problem.About(FeedSubjects.Feed, $"'{Feed}' is not a feed list's URL or file", "give an http(s):// or file:// URL (a list such as masterfilelist.txt, or the folder holding it) or a local list file"));
        if (To < From) problems.Add(Problem.About(Subjects.To, $"the last day {To:yyyy-MM-dd} is before the first {From:yyyy-MM-dd}", "give a last day on or after the first"));
        if (string.IsNullOrWhiteSpace(Into)) problems.Add(Problem.About(FeedSubjects.Into, "no folder to put the files in", "name a folder"));
        return problems.Count > 0 ? Checked<FeedLocation>.Failure(problems) : Checked<FeedLocation>.Success(location!);
    }
}

/// <summary>What a fetch did: each listed file in the range, the times with no file, and the list's unreadable lines.</summary>
public sealed record FetchResult(string Feed, string Into, IReadOnlyList<FeedDownload> Files, IReadOnlyList<FeedGap> Gaps, IReadOnlyList<Problem> BadLines)
{
    public int Downloaded => Files.Count(f => f.Status == FeedDownloadStatus.Downloaded);

    public int Present => Files.Count(f => f.Status == FeedDownloadStatus.Present);

    public int Failed => Files.Count(f => f.Status == FeedDownloadStatus.Failed);
}
