using Fulcrum.App.Feeds;
using Fulcrum.Core.Problems;
using Fulcrum.Feeds;

namespace Fulcrum.App.Contracts;

/// <summary><c>fetch</c> as JSON: each listed file of the range, the times with no file, and the list's unreadable lines.</summary>
public sealed record FetchContract(
    string Feed, string Into, int Downloaded, int Present, int Failed, IReadOnlyList<FeedFileContract> Files,
    IReadOnlyList<FeedGapContract> Gaps, IReadOnlyList<string> BadLines) : Contract
{
    public static FetchContract Of(FetchResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Feed, r.Into, r.Downloaded, r.Present, r.Failed, [.. r.Files.Select(FeedFileContract.Of)], [.. r.Gaps.Select(FeedGapContract.Of)],
            [.. r.BadLines.Select(p => p.ToString())]);
    }
}

/// <summary>One listed file: its name, URL, size and MD5 as listed, what became of it, the tries, why tries failed.</summary>
public sealed record FeedFileContract(string Name, string Url, long Size, string Md5, string Status, int Attempts, IReadOnlyList<string> Failures, string Path)
{
    public static FeedFileContract Of(FeedDownload d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Entry.Name, d.Entry.Url.ToString(), d.Entry.Size, d.Entry.Md5, d.Status.ToString().ToLowerInvariant(), d.Attempts, d.Failures, d.Path);
    }
}

/// <summary>Times a feed has no file for: first and last (UTC), how many files, in words.</summary>
public sealed record FeedGapContract(DateTime First, DateTime Last, int Missing, string Sentence)
{
    public static FeedGapContract Of(FeedGap g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.First, g.Last, g.Missing, g.Sentence);
    }
}

/// <summary>A watch cycle's feed step as JSON.</summary>
public sealed record FeedStepContract(string List, IReadOnlyList<FeedFileContract> Files, IReadOnlyList<FeedGapContract> Gaps, IReadOnlyList<string> BadLines, string? Failure)
{
    public static FeedStepContract? Of(FeedStep? s) => s is null ? null
        : new(s.List, [.. s.Files.Select(FeedFileContract.Of)], [.. s.Gaps.Select(FeedGapContract.Of)], [.. s.BadLines.Select((Problem p) => p.ToString())], s.Failure);
}
