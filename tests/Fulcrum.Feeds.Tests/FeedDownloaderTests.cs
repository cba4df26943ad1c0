using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Feeds.Tests;

/// <summary>
/// Downloads from a local HTTP server on a fake clock: the waits between tries are advanced as each
/// is reported, and a stall is advanced past its timeout as the server starts it, so nothing waits.
/// </summary>
public sealed class FeedDownloaderTests : IDisposable
{
    private static readonly DateTime Stamp = new(2020, 11, 13, 0, 15, 0, DateTimeKind.Utc);
    private readonly LocalFeedServer _server = new();
    private readonly TempFolder _temp = Fixture.Temp();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 11, 13, 0, 20, 0, TimeSpan.Zero));
    private readonly List<FeedRetry> _retries = [];

    private FeedDownloader Downloader() => new(FeedClient.Shared, _time, FeedOptions.Default, new Advance(_time, _retries));

    private (FeedEntry Entry, byte[] Body) Served(string path = "/gdeltv2/20201113001500.export.CSV.zip")
    {
        var body = FeedFiles.Export(Stamp);
        _server.Serve(path, body);
        return (FeedIndex.Parse(FeedFiles.Line(body, _server.Url(path)), "l").Entries[0], body);
    }

    /// <summary>Runs a download, advancing the fake clock past the stall timeout each time the server stalls.</summary>
    private async Task<T> RunAsync<T>(Func<Task<T>> work, int stalls = 0)
    {
        var task = work();
        for (var i = 0; i < stalls; i++)
        {
            Assert.True(await _server.Stalled.WaitAsync(TimeSpan.FromSeconds(30)), "the server never stalled");
            _time.Advance(FeedOptions.Default.StallTimeout);
        }
        return await task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Download_GoodFile_InTheFolderUnderItsNameWithItsBytes()
    {
        var (entry, body) = Served();
        var d = await Downloader().DownloadAsync(entry, _temp.Root);
        Assert.Equal((FeedDownloadStatus.Downloaded, 1), (d.Status, d.Attempts));
        Assert.Equal(body, await File.ReadAllBytesAsync(_temp.File("20201113001500.export.CSV.zip")));
        Assert.Equal(["20201113001500.export.CSV.zip"], Directory.GetFiles(_temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Download_FileAlreadyThereWhole_NotRequestedAgain()
    {
        var (entry, _) = Served();
        await Downloader().DownloadAsync(entry, _temp.Root);
        var again = await Downloader().DownloadAsync(entry, _temp.Root);
        Assert.Equal((FeedDownloadStatus.Present, 0), (again.Status, again.Attempts));
        Assert.Equal(1, _server.Requests[entry.Url.AbsolutePath]);
    }

    [Fact]
    public async Task Download_FileThereButDamaged_DownloadedAgain()
    {
        var (entry, body) = Served();
        await File.WriteAllBytesAsync(_temp.File(entry.Name), Archives.Flip(body, body.Length / 2));
        var d = await Downloader().DownloadAsync(entry, _temp.Root);
        Assert.Equal(FeedDownloadStatus.Downloaded, d.Status);
        Assert.Equal(body, await File.ReadAllBytesAsync(_temp.File(entry.Name)));
    }

    public static TheoryData<ServerFault, string> Faults => new()
    {
        { ServerFault.WrongMd5, "is not the listed" },
        { ServerFault.ShortBody, "" },
        { ServerFault.NotFound, "404" },
        { ServerFault.ServerError, "500" },
        { ServerFault.Reset, "" },
        { ServerFault.Stall, "stalled: no byte for 30 s" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Download_FaultOnEveryTry_TriedFourTimesReportedNothingWritten(ServerFault fault, string reason)
    {
        var (entry, _) = Served();
        _server.FailAlways(entry.Url.AbsolutePath, fault);
        var d = await RunAsync(() => Downloader().DownloadAsync(entry, _temp.Root), fault == ServerFault.Stall ? 4 : 0);
        Assert.Equal((FeedDownloadStatus.Failed, 4, 4), (d.Status, d.Attempts, d.Failures.Count));
        Assert.All(d.Failures, f => Assert.Contains(reason, f, StringComparison.Ordinal));
        Assert.Equal(4, _server.Requests[entry.Url.AbsolutePath]);
        Assert.Empty(Directory.GetFiles(_temp.Root)); // nor a temporary file
        Assert.Equal([2, 4, 8], _retries.Select(r => r.Delay.TotalSeconds));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Download_FaultThenGood_DownloadedOnTheSecondTry(ServerFault fault, string reason)
    {
        var (entry, body) = Served();
        _server.FailNext(entry.Url.AbsolutePath, fault);
        var d = await RunAsync(() => Downloader().DownloadAsync(entry, _temp.Root), fault == ServerFault.Stall ? 1 : 0);
        Assert.Equal((FeedDownloadStatus.Downloaded, 2), (d.Status, d.Attempts));
        Assert.Contains(reason, Assert.Single(d.Failures), StringComparison.Ordinal);
        Assert.Equal(body, await File.ReadAllBytesAsync(_temp.File(entry.Name)));
    }

    [Fact]
    public async Task Download_ShortBody_SaysHowFarItGot()
    {
        var (entry, _) = Served();
        _server.FailNext(entry.Url.AbsolutePath, ServerFault.ShortBody);
        var d = await Downloader().DownloadAsync(entry, _temp.Root);
        Assert.False(string.IsNullOrWhiteSpace(d.Failures[0]));
    }

    [Fact]
    public async Task ReadIndex_ServedList_EntriesAndRetriesOnAFault()
    {
        var (entry, body) = Served();
        _server.Serve("/gdeltv2/lastupdate.txt", FeedFiles.Line(body, entry.Url) + "\n");
        _server.FailNext("/gdeltv2/lastupdate.txt", ServerFault.ServerError);
        var (index, failures) = await Downloader().ReadIndexAsync(_server.Url("/gdeltv2/lastupdate.txt"));
        Assert.Equal(entry, Assert.Single(index!.Entries));
        Assert.Contains("500", Assert.Single(failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadIndex_Unreachable_NullWithEveryTry()
    {
        _server.FailAlways("/lastupdate.txt", ServerFault.NotFound);
        var (index, failures) = await Downloader().ReadIndexAsync(_server.Url("/lastupdate.txt"));
        Assert.Null(index);
        Assert.Equal(4, failures.Count);
    }

    [Fact]
    public async Task Download_FileUrl_CopiedAndChecked()
    {
        var body = FeedFiles.Export(Stamp);
        var source = _temp.Write("source.zip", body);
        var entry = FeedIndex.Parse(FeedFiles.Line(body, new Uri(source)), "l").Entries[0];
        var into = Path.Combine(_temp.Root, "into");
        var d = await Downloader().DownloadAsync(entry, into);
        Assert.Equal(FeedDownloadStatus.Downloaded, d.Status);
        Assert.Equal(body, await File.ReadAllBytesAsync(Path.Combine(into, "source.zip")));
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    /// <summary>Advances the fake clock by each reported wait (already on the clock), so the next try starts at once.</summary>
    private sealed class Advance(FakeTimeProvider time, List<FeedRetry> log) : IProgress<FeedRetry>
    {
        public void Report(FeedRetry value)
        {
            lock (log) log.Add(value);
            time.Advance(value.Delay);
        }
    }
}
