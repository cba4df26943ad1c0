using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Events.Store.Journal;
using Fulcrum.Events.Tests;
using Fulcrum.Store.ClickHouse.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Store.ClickHouse.Tests;

/// <summary>
/// Values that would break SQL or TabSeparated text if either were built carelessly — quotes,
/// backslashes, tabs, newlines, NUL, <c>\N</c>, a statement of their own — come back exactly as
/// they went in: as SQL literals, in event fields, in file paths (ledger and rejects) and in the journal.
/// </summary>
public sealed class HostileValueTests : IDisposable
{
    private static readonly string[] Hostile =
    [
        "'", "\\", "\\'", "''", "'); DROP TABLE events; --", "\t", "\n", "\r\n", "\0", "\u0001\u001f\u007f", "\\N", "\\t", "a\\", "é漢字🙂",
        "O'Brien \\ \"quoted\" \\t \\N",
    ];

    private readonly TempFolder _temp = Fixture.Temp();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _opened = [];

    private async Task<ClickHouseEventStore> OpenAsync(string location)
    {
        var opened = await ClickHouseEventStore.OpenAsync(location, readOnly: false, _time);
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        _opened.Add(opened.Value!);
        return opened.Value!;
    }

    [ClickHouseFact]
    public async Task Literals_OfHostileStrings_AreTheStringsThemselves()
    {
        var store = await OpenAsync(ClickHouseServers.Shared.NewSingle());
        foreach (var value in Hostile)
        {
            var rows = await store.Servers[0].QueryAsync($"SELECT {ChSql.Str(value)} AS v, length({ChSql.Str(value)}) AS n", default);
            Assert.Single(rows);
            Assert.Equal(value, rows[0].GetProperty("v").GetString());
        }
    }

    [ClickHouseFact]
    public async Task HostileActorNamesUrlsAndPaths_RoundTrip_OnOneServerAndOnTheCluster()
    {
        // A folder whose name holds a quote, a backslash, a tab and a newline: the ledger and rejects keep the path.
        var folder = Path.Combine(_temp.Root, "it's \"a\" \\ \t folder\nhere");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "20201113-hostile.export.CSV");
        var rows = Fixture.Fields(Fixture.Gdelt2Plain);
        var names = new Dictionary<long, (string Name, string Url)>();
        var safe = Hostile.Where(h => h.IndexOfAny(['\t', '\n', '\r']) < 0 && !h.Contains('\0', StringComparison.Ordinal) && !h.Any(char.IsControl)).ToList();
        for (var i = 0; i < safe.Count; i++)
        {
            rows[i][6] = "NAME " + safe[i];
            rows[i][60] = "https://example.org/?q=" + safe[i];
            names[long.Parse(rows[i][0], System.Globalization.CultureInfo.InvariantCulture)] = (rows[i][6], rows[i][60]);
        }
        rows[^1][30] = "not-a-number \\N 'x'"; // a reject whose raw line holds a backslash and quotes
        await File.WriteAllTextAsync(file, string.Join("", rows.Select(r => string.Join('\t', r) + "\n")));

        foreach (var location in new[] { ClickHouseServers.Shared.NewSingle(), ClickHouseServers.Shared.NewCluster() })
        {
            var store = await OpenAsync(location);
            var result = await store.IngestAsync(new IngestRequest(file));
            Assert.Equal((IngestStatus.Ingested, 1L), (result.Status, result.Rejected));

            var ledger = Assert.Single(await store.LedgerAsync());
            Assert.Equal(file, ledger.Path);
            var rejects = await store.RejectsAsync(new RejectQuery(file));
            var reject = Assert.Single(rejects.Rejects);
            Assert.Equal(file, reject.Path);
            Assert.Contains("not-a-number \\N 'x'", reject.RawLine, StringComparison.Ordinal);

            var records = Fixture.ReadAll(file).Records;
            foreach (var (id, (name, url)) in names)
            {
                var r = records.Single(e => e.EventId == id);
                var q = new DyadQuery { ActorA = r.Actor1.CountryCode!, ActorB = r.Actor2.CountryCode!, Directed = true, By = Period.Day };
                var page = await store.EventsAsync(new EvidenceQuery(q, r.EventDate!.Value, r.EventDate!.Value, 10_000));
                var e = Assert.Single(page.Events, e => e.EventId == id);
                Assert.Equal((name, url), (e.Actor1Name, e.SourceUrl));
            }
        }
    }

    [ClickHouseFact]
    public async Task Journal_WithTabsNewlinesQuotesAndBackslashes_RoundTripsAndItsChainHolds()
    {
        var store = await OpenAsync(ClickHouseServers.Shared.NewCluster());
        IJournal journal = store;
        var written = new List<JournalRecord>();
        foreach (var value in Hostile)
            written.Add(await journal.AppendAsync(new JournalDraft(JournalKind.Examination, _time.GetUtcNow(), new DateOnly(2022, 1, 5), "case " + value, "sha" + value, "{\"x\": \"" + value + "\"}")));

        var read = await journal.JournalAsync(JournalQuery.All);

        Assert.Equal(written, read);
        Assert.True(JournalChain.Verify(read).Intact);
        Assert.Equal(written[4], await journal.JournalRecordAsync(5));
        Assert.Equal([written[6]], await journal.JournalAsync(new JournalQuery(CaseId: "case " + Hostile[6])));
    }

    public void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        _temp.Dispose();
    }
}
