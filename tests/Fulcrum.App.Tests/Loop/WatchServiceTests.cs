using System.Text.Json;
using Fulcrum.App.Cases;
using Fulcrum.App.Feeds;
using Fulcrum.App.Loop;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Feeds;
using Fulcrum.Feeds.Tests;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Loop;

/// <summary>
/// The watch over a local HTTP feed (lastupdate.txt and 15-minute exports of real rows) and a local
/// folder, on the real store engine and a fake clock that is advanced as the feed's waits and stalls
/// begin and as the interval starts: nothing waits.
/// </summary>
public sealed class WatchServiceTests : IDisposable
{
    private static readonly DateTime First = new(2020, 11, 13, 0, 0, 0, DateTimeKind.Utc);
    private readonly LocalFeedServer _server = new();
    private readonly TempFolder _temp = Fixture.Temp();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 11, 13, 1, 0, 0, TimeSpan.Zero));
    private readonly DuckDbEventStoreFactory _stores;
    private readonly WatchService _watch;

    public WatchServiceTests()
    {
        _stores = new DuckDbEventStoreFactory(_time);
        var app = new FulcrumServices(_stores, _time);
        var feeds = new FeedService(FeedClient.Shared, _time, FeedOptions.Default, new Advance(_time));
        _watch = new WatchService(app.Cases, _stores, app.Ingest, app.Examine, app.Journal, feeds, _time);
    }

    private string Db => _temp.File("store.duckdb");

    private WatchRequest Request(string? feed = null, CaseRef? c = null) =>
        new(new CaseScope(c ?? CaseRef.Default), Db, feed ?? _server.Url("/gdeltv2/").ToString()) { MaxCycles = 1, Draws = 2_000 };

    /// <summary>The update list names the export of <paramref name="stamp"/> (and its mentions file, which the watch leaves alone).</summary>
    private string List(DateTime stamp, long firstId)
    {
        var path = "/gdeltv2/" + FeedFiles.Name(stamp);
        var body = FeedFiles.Export(stamp, 1_500, firstId, offset: (int)(firstId % 5_000));
        _server.Serve(path, body);
        _server.Serve("/gdeltv2/lastupdate.txt", $"{FeedFiles.Line(body, _server.Url(path))}\n97545 42e3bc7be6814f24ba092c3345a1737f {_server.Url(path.Replace("export", "mentions", StringComparison.Ordinal))}\n");
        return path;
    }

    private async Task<WatchCycle> CycleAsync(WatchRequest? request = null, int stalls = 0)
    {
        var cycles = new List<WatchCycle>();
        var run = _watch.RunAsync(request ?? Request(), new Collect(cycles));
        for (var i = 0; i < stalls; i++)
        {
            Assert.True(await _server.Stalled.WaitAsync(TimeSpan.FromSeconds(30)), "the server never stalled");
            _time.Advance(FeedOptions.Default.StallTimeout);
        }
        var done = await run.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(done.Ok, string.Join("; ", done.Problems));
        return Assert.Single(cycles);
    }

    private async Task<IReadOnlyList<LedgerEntry>> LedgerAsync()
    {
        using var store = (await _stores.OpenAsync(Db, StoreAccess.ReadOnly)).ValueOrThrow();
        return await store.LedgerAsync();
    }

    [Fact]
    public async Task Cycle_NewFilesOfTheList_EachIngestedOnceAndJournalledOncePerDataState()
    {
        var a = List(First, 1_200_000_000);
        var one = await CycleAsync();
        Assert.Equal(FeedDownloadStatus.Downloaded, Assert.Single(one.Feed!.Files).Status);
        Assert.Equal((IngestStatus.Ingested, 1_500L), (Assert.Single(one.Ingest.Files).Status, one.Ingest.Files[0].Read));
        Assert.Equal((1L, new DateOnly(2020, 11, 13)), (one.Entry!.Id, one.Entry.Record.AsOf));

        var same = await CycleAsync();
        Assert.Equal(FeedDownloadStatus.Present, same.Feed!.Files[0].Status);
        Assert.Empty(same.Ingest.Files);
        Assert.Equal((null, 1L), (same.Entry?.Id, same.Unchanged));

        var b = List(First.AddMinutes(30), 1_200_010_000); // the list skipped 00:15
        var three = await CycleAsync();
        Assert.Equal(IngestStatus.Ingested, Assert.Single(three.Ingest.Files).Status);
        Assert.Equal(2L, three.Entry!.Id);
        Assert.Equal("no file for 2020-11-13 00:15", Assert.Single(three.Feed!.Gaps).Sentence);

        Assert.Equal([FeedFiles.Name(First), FeedFiles.Name(First.AddMinutes(30))], (await LedgerAsync()).Select(l => Path.GetFileName(l.Path)));
        Assert.Equal((1, 1), (_server.Requests[a], _server.Requests[b]));
        Assert.False(_server.Requests.ContainsKey(a.Replace("export", "mentions", StringComparison.Ordinal)));
    }

    public static TheoryData<ServerFault> Faults => [ServerFault.WrongMd5, ServerFault.ShortBody, ServerFault.NotFound, ServerFault.ServerError, ServerFault.Reset, ServerFault.Stall];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Cycle_FileFailsEveryTry_ReportedNeverIngestedAndTheNextCycleBringsIt(ServerFault fault)
    {
        var path = List(First, 1_300_000_000);
        _server.FailAlways(path, fault);
        var failed = await CycleAsync(stalls: fault == ServerFault.Stall ? 4 : 0);
        var d = Assert.Single(failed.Feed!.Files);
        Assert.Equal((FeedDownloadStatus.Failed, 4), (d.Status, d.Attempts));
        Assert.Empty(failed.Ingest.Files);
        Assert.False(File.Exists(d.Path));
        Assert.Equal(1L, failed.Entry!.Id); // the cycle went on: the case examined on the (empty) store
        Assert.Empty(await LedgerAsync());

        _server.Heal(path);
        var healed = await CycleAsync();
        Assert.Equal(FeedDownloadStatus.Downloaded, healed.Feed!.Files[0].Status);
        Assert.Equal(IngestStatus.Ingested, Assert.Single(healed.Ingest.Files).Status);
        Assert.Equal(2L, healed.Entry!.Id);
        Assert.Single(await LedgerAsync());
    }

    [Fact]
    public async Task Cycle_ListUnreadable_ReportedAndTheCycleGoesOn()
    {
        _server.FailAlways("/gdeltv2/lastupdate.txt", ServerFault.ServerError);
        var cycle = await CycleAsync();
        Assert.Contains("could not be read in 4 tries", cycle.Feed!.Failure, StringComparison.Ordinal);
        Assert.NotNull(cycle.Entry);
    }

    private const string EventSignpost = """
          - id: isr_usa_events
            name: The ISR-USA Goldstein sum in the store falls
            indicator: {kind: events, dyad: [ISR, USA], measure: goldstein_sum}
            rule: {kind: change, method: cusum, direction: down}
            effect:
              likelihood_ratios: {no_invasion: 0.8, limited_incursion: 1.1, full_invasion: 1.3}
            source: test
        """;

    [Fact]
    public async Task Cycle_EventSignpostFiresOnNewData_AlertsTheCommandAndTheUrl()
    {
        var casePath = _temp.Write("watch.fulcrum.yaml", BuiltInCases.Text(BuiltInCases.Default)!.TrimEnd() + "\n" + EventSignpost);
        using var feed = Fixture.Temp();
        var folder = feed.Root;
        StoreData.WriteExport(feed, StoreData.Start, StoreData.StepDay, "a-first.export.CSV", step: false);
        var alertFile = _temp.File("alert.json");
        var request = Request(folder, CaseRef.AtPath(casePath)) with { AlertCommand = $"cat > '{alertFile}'", AlertUrl = _server.Url("/alerts") };

        var before = await CycleAsync(request);
        Assert.Null(before.Alert);
        Assert.Equal(StoreData.Start.AddDays(StoreData.StepDay - 1), before.Entry!.Record.AsOf);

        StoreData.WriteExport(feed); // all 70 days, the step from day 50: the first 50 days are duplicates
        var after = await CycleAsync(request);
        Assert.Equal(StoreData.Last, after.Entry!.Record.AsOf);
        var alert = after.Alert!;
        Assert.Contains(alert.Fired, s => s.Id == "isr_usa_events");
        Assert.Empty(after.AlertFailures);
        using var sent = JsonDocument.Parse(await File.ReadAllTextAsync(alertFile));
        Assert.Contains(sent.RootElement.GetProperty("fired").EnumerateArray(), s => s.GetProperty("id").GetString() == "isr_usa_events");
        Assert.Equal((after.Entry.Id, before.Entry.Id), (sent.RootElement.GetProperty("entry").GetInt64(), sent.RootElement.GetProperty("previous_entry").GetInt64()));
        Assert.Equal(await File.ReadAllTextAsync(alertFile), Assert.Single(_server.Posts));
    }

    [Fact]
    public async Task Cycle_AlertCommandFails_ReportedTheWatchGoesOn()
    {
        var cycle = await CycleAsync(Request(Directory.CreateDirectory(_temp.File("empty")).FullName) with { AlertCommand = "exit 3" });
        Assert.Null(cycle.Alert); // a first entry compares with nothing: no alert, so the command is not run
        Assert.Empty(cycle.AlertFailures);
    }

    [Fact]
    public async Task Run_Interval_WaitsOnTheClockBetweenCycles()
    {
        List(First, 1_400_000_000);
        var cycles = new List<WatchCycle>();
        var run = _watch.RunAsync(Request() with { MaxCycles = 2, Interval = TimeSpan.FromMinutes(15) }, new Collect(cycles));
        while (cycles.Count == 0) await Task.Delay(10);
        await Task.Delay(50);
        Assert.False(run.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(15));
        var done = await run.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(new WatchRun(2, false), done.Value);
        Assert.Equal(1L, cycles[1].Unchanged);
    }

    [Fact]
    public async Task Run_StoppedDuringTheWait_EndsCleanlyWithItsCycles()
    {
        List(First, 1_500_000_000);
        using var stop = new CancellationTokenSource();
        var cycles = new List<WatchCycle>();
        var run = _watch.RunAsync(Request() with { MaxCycles = null }, new Collect(cycles, _ => stop.Cancel()), stop.Token);
        var done = await run.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(new WatchRun(1, true), done.Value);
    }

    [Theory]
    [InlineData("ftp://example.org/lastupdate.txt", 0.1, "neither a folder nor a feed URL")]
    [InlineData(null, 1.5, "outside (0, 1)")]
    public async Task Run_BadRequest_ProblemsBeforeAnyWork(string? feed, double move, string message)
    {
        var done = await _watch.RunAsync(Request(feed) with { AlertMove = move });
        Assert.Contains(done.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(File.Exists(Db));
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private sealed class Advance(FakeTimeProvider time) : IProgress<FeedRetry>
    {
        public void Report(FeedRetry value) => time.Advance(value.Delay);
    }

    private sealed class Collect(List<WatchCycle> into, Action<WatchCycle>? then = null) : IProgress<WatchCycle>
    {
        public void Report(WatchCycle value)
        {
            lock (into) into.Add(value);
            then?.Invoke(value);
        }
    }
}
