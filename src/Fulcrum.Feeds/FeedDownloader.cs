using System.Globalization;
using Fulcrum.Feeds.Internal;

namespace Fulcrum.Feeds;

/// <summary>
/// Downloads a feed's lists and files. A file is written to a hidden temporary name in the folder,
/// its bytes counted and hashed as they arrive, and renamed to its own name only when its size and
/// MD5 are the listed ones; anything else (a wrong MD5, a short or long body, an HTTP error, a reset
/// or stalled connection) is a failed try, tried again after a bounded, doubling wait on the clock
/// given, and after the last try reported — never left in the folder. A file already there with the
/// listed size and MD5 is not downloaded again, so a download interrupted at any moment resumes.
/// </summary>
/// <param name="retrying">Told of each wait before another try, once the wait is on the clock (a host shows it; a test with a fake clock advances it).</param>
public sealed class FeedDownloader(IFeedClient client, TimeProvider time, FeedOptions? options = null, IProgress<FeedRetry>? retrying = null)
{
    private readonly FeedOptions _options = options ?? FeedOptions.Default;

    public FeedOptions Options => _options;

    /// <summary>Brings <paramref name="entry"/> into <paramref name="folder"/> (created when absent).</summary>
    public async Task<FeedDownload> DownloadAsync(FeedEntry entry, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, entry.Name);
        if (await Md5.FileMatchesAsync(target, entry.Size, entry.Md5, cancellationToken).ConfigureAwait(false))
            return new FeedDownload(entry, target, FeedDownloadStatus.Present, 0, []);
        var failures = new List<string>();
        for (var attempt = 1; attempt <= _options.Attempts; attempt++)
        {
            if (attempt > 1) await WaitAsync(entry.Url, attempt, failures[^1], cancellationToken).ConfigureAwait(false);
            var failure = await TryOnceAsync(entry, target, cancellationToken).ConfigureAwait(false);
            if (failure is null) return new FeedDownload(entry, target, FeedDownloadStatus.Downloaded, attempt, failures);
            failures.Add(failure);
        }
        return new FeedDownload(entry, target, FeedDownloadStatus.Failed, _options.Attempts, failures);
    }

    /// <summary>
    /// Reads the list at <paramref name="url"/>, keeping the entries <paramref name="keep"/> accepts
    /// (all when null; a master list of years is read line by line, never held whole), tried like a
    /// file. Null with the failures when every try failed.
    /// </summary>
    public async Task<(FeedIndex? Index, IReadOnlyList<string> Failures)> ReadIndexAsync(Uri url, Func<FeedEntry, bool>? keep = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var failures = new List<string>();
        for (var attempt = 1; attempt <= _options.Attempts; attempt++)
        {
            if (attempt > 1) await WaitAsync(url, attempt, failures[^1], cancellationToken).ConfigureAwait(false);
            using var stall = new Stall(_options.StallTimeout, time, cancellationToken);
            try
            {
                return (await ReadIndexOnceAsync(url, keep, stall).ConfigureAwait(false), failures);
            }
            catch (Exception e) when (Failure(e, stall, cancellationToken) is { } why)
            {
                failures.Add(why);
            }
        }
        return (null, failures);
    }

    private Task WaitAsync(Uri url, int attempt, string failure, CancellationToken cancellationToken)
    {
        var delay = _options.DelayBefore(attempt);
        var wait = Task.Delay(delay, time, cancellationToken);
        retrying?.Report(new FeedRetry(url, attempt, delay, failure));
        return wait;
    }

    private async Task<FeedIndex> ReadIndexOnceAsync(Uri url, Func<FeedEntry, bool>? keep, Stall stall)
    {
        using var body = await client.OpenAsync(url, stall.Token).ConfigureAwait(false);
        using var reader = new StreamReader(body.Stream);
        var (entries, bad) = (new List<FeedEntry>(), new List<Core.Problems.Problem>());
        var (line, bytes) = (0, 0L);
        while (true)
        {
            stall.Kick();
            var text = await reader.ReadLineAsync(stall.Token).ConfigureAwait(false);
            if (text is null) break;
            bytes += text.Length + 1;
            if (bytes > _options.MaxIndexBytes) throw new IOException($"the list is longer than {_options.MaxIndexBytes:N0} bytes");
            var (entry, problem) = FeedIndex.ParseLine(text, url.ToString(), ++line, url);
            if (entry is not null && (keep is null || keep(entry))) entries.Add(entry);
            if (problem is not null) bad.Add(problem);
        }
        return new FeedIndex(url.ToString(), entries, bad);
    }

    /// <summary>One try: null when the file is in place, else why not.</summary>
    private async Task<string?> TryOnceAsync(FeedEntry entry, string target, CancellationToken cancellationToken)
    {
        var partial = Path.Combine(Path.GetDirectoryName(target)!, "." + entry.Name + ".partial");
        using var stall = new Stall(_options.StallTimeout, time, cancellationToken);
        try
        {
            using (var body = await client.OpenAsync(entry.Url, stall.Token).ConfigureAwait(false))
            {
                if (body.Length is { } declared && declared != entry.Size)
                    return $"the server gives {declared:N0} bytes, the list {entry.Size:N0}";
                var written = await CopyCheckedAsync(body.Stream, partial, entry, stall).ConfigureAwait(false);
                if (written is not null) return written;
            }
            File.Move(partial, target, overwrite: true);
            return null;
        }
        catch (Exception e) when (Failure(e, stall, cancellationToken) is { } why)
        {
            return why;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    /// <summary>Copies the body to <paramref name="partial"/>, flushed to disk; null when its size and MD5 are the entry's, else why not.</summary>
    private static async Task<string?> CopyCheckedAsync(Stream body, string partial, FeedEntry entry, Stall stall)
    {
        using var md5 = Md5.Start();
        var buffer = new byte[1 << 16];
        long total = 0;
        var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            while (true)
            {
                stall.Kick();
                var n = await body.ReadAsync(buffer, stall.Token).ConfigureAwait(false);
                if (n == 0) break;
                total += n;
                if (total > entry.Size) return $"the body is longer than the {entry.Size:N0} bytes listed";
                md5.AppendData(buffer, 0, n);
                await output.WriteAsync(buffer.AsMemory(0, n), stall.Token).ConfigureAwait(false);
            }
            if (total < entry.Size) return $"the body ended after {total:N0} of {entry.Size:N0} bytes";
            var hash = Convert.ToHexStringLower(md5.GetHashAndReset());
            if (hash != entry.Md5) return $"MD5 {hash} is not the listed {entry.Md5}";
            output.Flush(flushToDisk: true);
        }
        return null;
    }

    /// <summary>Why a try failed, or null for an exception that is not a transfer failure (the caller's cancellation, a bug).</summary>
    private string? Failure(Exception e, Stall stall, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        OperationCanceledException when stall.Fired => $"stalled: no byte for {_options.StallTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
        HttpRequestException h => h.Message,
        IOException io => io.Message,
        UnauthorizedAccessException u => u.Message,
        _ => null,
    };
}
