using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Events.Tests.Conformance;

/// <summary>
/// What every event store engine must do, asked only through <see cref="IEventStoreFactory"/> and
/// <see cref="IEventStore"/>: the ingest guarantees (reconciled counts, idempotent re-runs, rejects
/// kept) and the same dyad numbers and evidence as a LINQ pass over the reader's records. An engine's
/// test project derives from this class with its factory and a fresh location per test.
/// </summary>
public abstract class EventStoreConformance : IDisposable
{
    private readonly List<IEventStore> _opened = [];

    protected abstract IEventStoreFactory Factory { get; }

    /// <summary>A location where no store exists yet (a new file, a new database).</summary>
    protected abstract string NewLocation();

    protected static IReadOnlyList<string> Days { get; } = [.. Fixture.Gdelt2Days.Select(Fixture.Path)];

    /// <summary>The events of the three days as the reader gives them, each event ID once (the first file's, as the store keeps it).</summary>
    protected static IReadOnlyList<EventRecord> Records { get; } =
        [.. Days.SelectMany(d => Fixture.ReadAll(d).Records).DistinctBy(r => r.EventId)];

    protected async Task<IEventStore> OpenAsync(string location, StoreAccess access = StoreAccess.Writable)
    {
        var opened = await Factory.OpenAsync(location, access);
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        _opened.Add(opened.Value!);
        return opened.Value!;
    }

    protected async Task<(IEventStore Store, IReadOnlyList<FileIngestResult> Results)> IngestDaysAsync()
    {
        var store = await OpenAsync(NewLocation());
        var results = new List<FileIngestResult>();
        foreach (var d in Days) results.Add(await store.IngestAsync(new IngestRequest(d)));
        return (store, results);
    }

    [Fact]
    public async Task Ingest_RealDays_CountsReconcileWithTheReaderAndTheLedger()
    {
        var (store, results) = await IngestDaysAsync();

        Assert.All(results, r => Assert.Equal(IngestStatus.Ingested, r.Status));
        Assert.All(results, r => Assert.Equal(r.Read, r.Stored + r.Duplicate + r.Rejected));
        for (var i = 0; i < Days.Count; i++)
        {
            var (records, rejects, _) = Fixture.ReadAll(Days[i]);
            Assert.Equal(records.Count + rejects.Count, results[i].Read);
            Assert.Equal(rejects.Count, results[i].Rejected);
        }
        Assert.Equal(Records.Count, results.Sum(r => r.Stored));
        var ledger = await store.LedgerAsync();
        Assert.Equal(results.Select(r => r.Sha256), ledger.Select(l => l.Sha256));
        Assert.Equal(results.Select(r => r.Stored), ledger.Select(l => l.Stored));
        Assert.Equal(ledger.Select(l => l.IngestId).Order(), ledger.Select(l => l.IngestId));
        Assert.Equal(ledger.Count, ledger.Select(l => l.IngestId).Distinct().Count());
        var coverage = await store.CoverageAsync();
        Assert.Equal((Records.Count, 3L), (coverage.Events, coverage.Files));
        Assert.Equal((Records.Min(r => r.EventDate), Records.Max(r => r.EventDate)), (coverage.FirstDate!.Value, coverage.LastDate!.Value));
    }

    [Fact]
    public async Task ActorCountryCodes_AreEveryCodeTheReadersRecordsCarry()
    {
        var (store, _) = await IngestDaysAsync();

        var codes = await store.ActorCountryCodesAsync();

        var expected = Records.SelectMany(r => new[] { r.Actor1.CountryCode, r.Actor2.CountryCode }).OfType<string>().Where(c => c.Length > 0).ToHashSet();
        Assert.True(expected.SetEquals(codes), $"store {codes.Count} codes, reader {expected.Count}");
        Assert.Contains("ROU", codes);
    }

    [Fact]
    public async Task Ingest_SameFilesAgain_AreSkippedAndChangeNothing()
    {
        var (store, _) = await IngestDaysAsync();
        var before = await store.CoverageAsync();

        var again = new List<FileIngestResult>();
        foreach (var d in Days) again.Add(await store.IngestAsync(new IngestRequest(d)));

        Assert.All(again, r => Assert.Equal((IngestStatus.Skipped, 0L), (r.Status, r.Stored)));
        Assert.Equal(before, await store.CoverageAsync());
        Assert.Equal(3, (await store.LedgerAsync()).Count);
    }

    [Fact]
    public async Task Ingest_Reopened_KeepsEverythingAndStillSkips()
    {
        var location = NewLocation();
        var first = await OpenAsync(location);
        await first.IngestAsync(new IngestRequest(Days[0]));
        var coverage = await first.CoverageAsync();
        first.Dispose();

        var reopened = await OpenAsync(location);
        Assert.Equal(coverage, await reopened.CoverageAsync());
        Assert.Equal(IngestStatus.Skipped, (await reopened.IngestAsync(new IngestRequest(Days[0]))).Status);
    }

    [Fact]
    public async Task Rejects_AreKeptWithTheirFileLineAndReason()
    {
        var (store, results) = await IngestDaysAsync();
        var page = await store.RejectsAsync(new RejectQuery(Limit: 10_000));

        Assert.Equal(results.Sum(r => r.Rejected), page.Total);
        Assert.All(page.Rejects, r => Assert.True(r.Line > 0 && r.Reason.Length > 0));
    }

    [Theory]
    [InlineData("USA", "CHN", false, "Day")]
    [InlineData("USA", "CHN", false, "Week")]
    [InlineData("ISR", "USA", true, "Day")]
    [InlineData("RUS", "UKR", false, "Day")]
    public async Task Dyad_MatchesLinqOverTheReadersRecords(string a, string b, bool directed, string by)
    {
        var (store, _) = await IngestDaysAsync();
        var q = new DyadQuery { ActorA = a, ActorB = b, Directed = directed, By = Enum.Parse<Period>(by) };
        var (from, to) = (Records.Min(r => r.EventDate)!.Value, Records.Max(r => r.EventDate)!.Value);

        var series = await store.DyadAsync(q with { From = from, To = to });
        var expected = LinqDyad.Series(Records, q, from, to);

        Assert.Equal(expected.Count, series.Points.Count);
        for (var i = 0; i < expected.Count; i++) LinqDyad.Equal(expected[i], series.Points[i]);
        Assert.True(series.Points.Sum(p => p.Events) > 0, "the dyad has events");
    }

    [Fact]
    public async Task Dyad_FilteredAndDeduplicated_MatchesLinq()
    {
        var (store, _) = await IngestDaysAsync();
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN", By = Period.Day, RootEventsOnly = true, MinMentions = 2, Dedupe = true, StateActorsOnly = true };
        var (from, to) = (Records.Min(r => r.EventDate)!.Value, Records.Max(r => r.EventDate)!.Value);

        var series = await store.DyadAsync(q with { From = from, To = to });
        var expected = LinqDyad.Series(Records, q, from, to);

        Assert.Equal(expected.Count, series.Points.Count);
        for (var i = 0; i < expected.Count; i++) LinqDyad.Equal(expected[i], series.Points[i]);
        Assert.True(series.Points.Sum(p => p.Events) > 0, "the dyad has events");
    }

    [Fact]
    public async Task Events_BehindADay_AreTheDyadsEventsMostMentionedFirst()
    {
        var (store, _) = await IngestDaysAsync();
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN", By = Period.Day };
        var day = new DateOnly(2020, 11, 13);
        var expected = LinqDyad.Filter(Records, q, day, day).Where(e => LinqDyad.InDyad(e, q)).ToList();

        var page = await store.EventsAsync(new EvidenceQuery(q, day, day, Limit: 5));

        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(Math.Min(5, expected.Count), page.Events.Count);
        Assert.Equal(page.Events.OrderByDescending(e => e.NumMentions).Select(e => e.NumMentions), page.Events.Select(e => e.NumMentions));
        Assert.All(page.Events, e => Assert.Contains(expected, r => r.EventId == e.EventId));
    }

    [Fact]
    public async Task Events_OverSeveralSpans_EqualEachSpanAskedAlone()
    {
        var (store, _) = await IngestDaysAsync();
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN", By = Period.Day };
        EvidenceSpan[] spans = [new(new(2020, 11, 13), new(2020, 11, 13)), new(new(2020, 11, 14), new(2020, 11, 15))];

        var together = await store.EventsAsync(q, spans, 3);

        for (var i = 0; i < spans.Length; i++)
        {
            var alone = await store.EventsAsync(new EvidenceQuery(q, spans[i].From, spans[i].To, 3));
            Assert.Equal(alone.Total, together[i].Total);
            Assert.Equal(alone.Events.Select(e => e.EventId), together[i].Events.Select(e => e.EventId));
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        foreach (var s in _opened) s.Dispose();
    }
}
