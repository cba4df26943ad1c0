namespace Fulcrum.Feeds;

/// <summary>What became of one listed file.</summary>
public enum FeedDownloadStatus
{
    /// <summary>Downloaded, its size and MD5 as listed, and renamed into the folder.</summary>
    Downloaded,
    /// <summary>Already in the folder with the listed size and MD5: not downloaded again.</summary>
    Present,
    /// <summary>Every try failed; nothing was written into the folder.</summary>
    Failed,
}

/// <summary>One listed file's download: where it is, its status, the tries it took, and why each failed try failed.</summary>
/// <param name="Entry">The listed file.</param>
/// <param name="Path">Where it is (or would be) in the folder.</param>
/// <param name="Attempts">Tries made (0 when it was present).</param>
/// <param name="Failures">Why each failed try failed, in order (a downloaded file may have some: it succeeded on a later try).</param>
public sealed record FeedDownload(FeedEntry Entry, string Path, FeedDownloadStatus Status, int Attempts, IReadOnlyList<string> Failures)
{
    /// <summary>Whether the file is in the folder, whole and checked.</summary>
    public bool Ok => Status != FeedDownloadStatus.Failed;
}
