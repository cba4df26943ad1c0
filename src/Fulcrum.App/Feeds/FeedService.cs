using Fulcrum.Core.Problems;
using Fulcrum.Feeds;

namespace Fulcrum.App.Feeds;

/// <summary>
/// Brings a feed's files into a folder: a history range from its master list (<see cref="FetchAsync"/>),
/// or the newest files from its update list (the watch's step). Every file is checked against its
/// listed size and MD5 before it gets its name in the folder; a failed file is retried, then
/// reported and left out; a time with no file is a noted gap. Run again, a fetch skips the files
/// already there whole, so an interrupted one resumes.
/// </summary>
public sealed class FeedService(IFeedClient client, TimeProvider time, FeedOptions? options = null, IProgress<FeedRetry>? retrying = null)
{
    private readonly FeedDownloader _downloader = new(client, time, options, retrying);

    public async Task<Checked<FetchResult>> FetchAsync(FetchRequest request, IProgress<FeedDownload>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkedLocation = request.Check();
        if (checkedLocation.Value is not { } location) return Checked<FetchResult>.Failure(checkedLocation.Problems);
        var list = location.History!;
        var newest = default(DateTime?);
        var (index, failures) = await _downloader.ReadIndexAsync(list, e =>
        {
            if (e.IsExport && e.Stamp is { } t && (newest is null || t > newest)) newest = t;
            return FeedHistory.InRange(e, request.From, request.To);
        }, cancellationToken).ConfigureAwait(false);
        if (index is null) return Checked<FetchResult>.Failure([Unreadable(list, failures)]);
        var files = new List<FeedDownload>(index.Entries.Count);
        foreach (var entry in index.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var d = await _downloader.DownloadAsync(entry, request.Into, cancellationToken).ConfigureAwait(false);
            files.Add(d);
            progress?.Report(d);
        }
        var gaps = FeedHistory.Gaps([.. files.Where(f => f.Ok).Select(f => f.Entry)], request.From, request.To, newest);
        return Checked<FetchResult>.Success(new FetchResult(list.ToString(), request.Into, files, gaps, index.BadLines));
    }

    /// <summary>
    /// The newest event exports the update list names, brought into <paramref name="into"/>, and the
    /// times between the newest file the folder held before and the newest listed that have no file.
    /// The list unreadable after every try is a failure of this step, reported, not a stop.
    /// </summary>
    internal async Task<FeedStep> LatestAsync(FeedLocation location, string into, CancellationToken cancellationToken)
    {
        var list = location.Latest!;
        var before = FolderStamps(into);
        var (index, failures) = await _downloader.ReadIndexAsync(list, e => e.IsExport, cancellationToken).ConfigureAwait(false);
        if (index is null) return new FeedStep(list.ToString(), [], [], [], Unreadable(list, failures).Message);
        var files = new List<FeedDownload>();
        foreach (var entry in index.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(await _downloader.DownloadAsync(entry, into, cancellationToken).ConfigureAwait(false));
        }
        IReadOnlyList<FeedGap> gaps = [];
        if (before.Count > 0 && index.Entries.Select(e => e.Stamp).Max() is { } newest && index.Entries[0].Cadence is { } cadence)
        {
            var have = FolderStamps(into);
            gaps = FeedGap.Find(have, before.Max() + cadence, newest, cadence);
        }
        return new FeedStep(list.ToString(), files, gaps, index.BadLines, null);
    }

    /// <summary>The stamps of the event exports in a folder.</summary>
    internal static List<DateTime> FolderStamps(string folder) => !Directory.Exists(folder) ? [] :
        [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => n!.Contains(".export.", StringComparison.OrdinalIgnoreCase) && n[0] != '.')
            .Select(n => FeedEntry.StampOf(n!)).OfType<DateTime>()];

    private static Problem Unreadable(Uri list, IReadOnlyList<string> failures) =>
        Problem.About(FeedSubjects.Feed, $"the list {list} could not be read in {failures.Count} tries: {string.Join("; ", failures.Distinct(StringComparer.Ordinal))}",
            "check the URL and the network; a later run tries again");
}

/// <summary>One watch cycle's feed step: the files the update list named, the times with no file, bad lines, and why the list could not be read (null: it was).</summary>
public sealed record FeedStep(string List, IReadOnlyList<FeedDownload> Files, IReadOnlyList<FeedGap> Gaps, IReadOnlyList<Problem> BadLines, string? Failure);
