using Fulcrum.Events;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests;

public class IngestTests
{
    private static void Reconciles(FileIngestResult r) => Assert.Equal(r.Read, r.Stored + r.Duplicate + r.Rejected);

    [Fact]
    public void Ingest_RealGdelt2Days_StoresEveryRowWithTheLedgerAndCountsReconcile()
    {
        using var s = new StoreFixture();

        var results = Fixture.Gdelt2Days.Select(d => s.Ingest(Fixture.Path(d))).ToList();

        Assert.All(results, r => Assert.Equal(IngestStatus.Ingested, r.Status));
        Assert.All(results, Reconciles);
        Assert.Equal([2824L, 2601L, 3929L], results.Select(r => r.Stored));
        Assert.Equal(9354, s.Count("SELECT count(*) FROM events"));
        Assert.Equal(9354, s.Count("SELECT count(DISTINCT event_id) FROM events"));
        var ledger = s.Store.Ledger();
        Assert.Equal([1L, 2L, 3L], ledger.Select(l => l.IngestId));
        Assert.All(ledger, l => Assert.Equal(EventFormat.Gdelt2, l.Format));
        Assert.All(ledger, l => Assert.Equal(FileCompression.Gzip, l.Compression));
        Assert.Equal(Events.Reading.FileChecksum.Sha256(Fixture.Path(Fixture.Gdelt2Days[0])), ledger[0].Sha256);
        Assert.Equal(Path.GetFullPath(Fixture.Path(Fixture.Gdelt2Days[2])), ledger[2].Path);
    }

    [Fact]
    public void Ingest_StoredValues_EqualTheReadersRecords()
    {
        using var s = new StoreFixture();
        var path = Fixture.Path(Fixture.Gdelt2Days[1]);
        s.Ingest(path);
        var records = Fixture.ReadAll(path).Records;

        // Independent sums over the reader's records (a LINQ pass) against the stored table.
        Assert.Equal(records.Sum(r => r.GoldsteinScale!.Value), (double)s.Scalar("SELECT sum(goldstein_scale) FROM events")!, 9);
        Assert.Equal(records.Sum(r => (long)r.NumMentions!.Value), s.Count("SELECT sum(num_mentions)::BIGINT FROM events"));
        Assert.Equal(records.Sum(r => r.AvgTone!.Value), (double)s.Scalar("SELECT sum(avg_tone) FROM events")!, 9);
        Assert.Equal(records.Count(r => r.EventCode!.StartsWith('0')), s.Count("SELECT count(*) FROM events WHERE event_code LIKE '0%'"));
        Assert.Equal(records.Count(r => r.IsRootEvent == true), s.Count("SELECT count(*) FROM events WHERE is_root_event"));
        Assert.Equal(records.Count(r => r.SourceUrl is null), s.Count("SELECT count(*) FROM events WHERE source_url IS NULL"));
        Assert.Equal(records.Count(r => r.Actor1.Code is null), s.Count("SELECT count(*) FROM events WHERE actor1_code IS NULL"));
        Assert.Equal(records.Max(r => r.DateAdded)!.Value, (DateTime)s.Scalar("SELECT max(date_added) FROM events")!);
        Assert.Equal(records.Select(r => r.SourceLine).Order(), Enumerable.Range(1, records.Count).Select(i => (long)i));
    }

    [Fact]
    public void Ingest_SameFileAgainEvenRenamed_IsSkippedByChecksum()
    {
        using var s = new StoreFixture();
        var first = s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var again = s.Ingest(s.Copy(Fixture.Gdelt2Days[0], "renamed.gz"));

        Assert.Equal(IngestStatus.Skipped, again.Status);
        Assert.Equal(first.IngestId, again.IngestId);
        Assert.Contains("already ingested (same SHA-256)", again.Message, StringComparison.Ordinal);
        Assert.Equal(0, again.Read);
        Assert.Equal(2824, s.Count("SELECT count(*) FROM events"));
        Assert.Single(s.Store.Ledger());
    }

    [Fact]
    public void Ingest_SameEventsInAnotherFile_AreDuplicatesNotStoredAgain()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Plain));
        // The same 300 rows as the first 300 of the whole day: a different file (other checksum).
        var day = s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));

        Assert.Equal(IngestStatus.Ingested, day.Status);
        Assert.Equal(2824, day.Read);
        Assert.Equal(300, day.Duplicate);
        Assert.Equal(2524, day.Stored);
        Reconciles(day);
        Assert.Equal(2824, s.Count("SELECT count(*) FROM events"));
        Assert.Equal(300, s.Count("SELECT count(*) FROM events WHERE ingest_id = 1"));
    }

    [Fact]
    public void Ingest_SameEventIdTwiceInAFile_KeepsTheFirst()
    {
        using var s = new StoreFixture();
        var lines = Fixture.Text(Fixture.Gdelt2Plain).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var repeated = lines[4].Split('\t');
        repeated[30] = "-10.0"; // same ID, another Goldstein: the first row must win
        var path = s.Temp.Write("dup.CSV", string.Join('\n', lines.Append(string.Join('\t', repeated)).Append(lines[9])) + "\n");

        var r = s.Ingest(path);

        Assert.Equal(302, r.Read);
        Assert.Equal(2, r.Duplicate);
        Assert.Equal(300, r.Stored);
        Assert.Equal(double.Parse(lines[4].Split('\t')[30], System.Globalization.CultureInfo.InvariantCulture),
            (double)s.Scalar($"SELECT goldstein_scale FROM events WHERE event_id = {repeated[0]}")!);
        Assert.Equal(5, s.Count($"SELECT source_line FROM events WHERE event_id = {repeated[0]}"));
    }

    [Fact]
    public void Ingest_BadRows_AreRejectedWithFileLineColumnReasonAndRaw()
    {
        using var s = new StoreFixture();
        var lines = Fixture.Text(Fixture.Gdelt2Plain).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bad = lines[10].Split('\t');
        bad[30] = "strong";
        lines[10] = string.Join('\t', bad);
        lines[20] += "\textra";
        var path = s.Temp.Write("bad.CSV", string.Join('\n', lines) + "\n");

        var r = s.Ingest(path);
        var rejects = s.Store.Rejects(new RejectQuery());

        Assert.Equal((300L, 298L, 0L, 2L), (r.Read, r.Stored, r.Duplicate, r.Rejected));
        Assert.Equal(2, rejects.Total);
        var goldstein = rejects.Rejects[0];
        Assert.Equal((11L, 31, "GoldsteinScale"), (goldstein.Line, goldstein.Column, goldstein.ColumnName));
        Assert.Contains("'strong' is not a number", goldstein.Reason, StringComparison.Ordinal);
        Assert.Equal(lines[10], goldstein.RawLine);
        Assert.Equal(Path.GetFullPath(path), goldstein.Path);
        Assert.Equal((21L, 0), (rejects.Rejects[1].Line, rejects.Rejects[1].Column));
        Assert.Equal(2, s.Store.Rejects(new RejectQuery("bad.CSV")).Total);
        Assert.Equal(0, s.Store.Rejects(new RejectQuery("other.CSV")).Total);
    }

    [Fact]
    public void Ingest_TruncatedGzip_FailsAndStoresNothing()
    {
        using var s = new StoreFixture();
        var gz = File.ReadAllBytes(Fixture.Path(Fixture.Gdelt2Days[2]));
        var path = s.Temp.Write("cut.CSV.gz", gz[..(gz.Length * 2 / 3)]);

        var r = s.Ingest(path);

        Assert.Equal(IngestStatus.Failed, r.Status);
        Assert.Contains("gzip data ends early", r.Message, StringComparison.Ordinal);
        Assert.Contains("nothing of the file was stored", r.Message, StringComparison.Ordinal);
        Assert.Equal(0, s.Count("SELECT count(*) FROM events"));
        Assert.Equal(0, s.Count("SELECT count(*) FROM ingest_ledger"));
        Assert.Equal(0, s.Count("SELECT count(*) FROM ingest_rejects"));
        // The full file still goes in afterwards.
        Assert.Equal(IngestStatus.Ingested, s.Ingest(Fixture.Path(Fixture.Gdelt2Days[2])).Status);
    }

    [Fact]
    public void Ingest_FileThatCannotBeOpened_FailsWithTheReason()
    {
        using var s = new StoreFixture();

        var html = s.Ingest(s.Temp.Write("page.CSV", "<html><body>rate limited</body></html>\n"));
        var empty = s.Ingest(s.Temp.Write("empty.CSV", ""));
        var forced = s.Ingest(Fixture.Path(Fixture.Gdelt1), EventFormat.Gdelt2);

        Assert.All([html, empty, forced], r => Assert.Equal(IngestStatus.Failed, r.Status));
        Assert.Contains("web page", html.Message, StringComparison.Ordinal);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("58 tab-separated fields", forced.Message, StringComparison.Ordinal);
        Assert.Equal(0, s.Count("SELECT count(*) FROM events"));
    }

    [Fact]
    public void Ingest_Gdelt1AndIcews_AreStoredInTheSameTable()
    {
        using var s = new StoreFixture();

        var v1 = s.Ingest(Fixture.Path(Fixture.Gdelt1NoUrl));
        var icews = s.Ingest(Fixture.Path(Fixture.Icews));

        Assert.Equal((EventFormat.Gdelt1, 300L), (v1.Format!.Value, v1.Stored));
        Assert.Equal((EventFormat.Icews, 3705L), (icews.Format!.Value, icews.Stored));
        Assert.Equal(300, s.Count("SELECT count(*) FROM events WHERE source_format = 'gdelt1' AND source_url IS NULL AND actor1_geo_adm2_code IS NULL"));
        Assert.Equal(3705, s.Count("SELECT count(*) FROM events WHERE dataset = 'icews' AND story_id IS NOT NULL"));
    }

    [Fact]
    public void Ingest_UnderAnotherMemoryLimit_StoresTheSame()
    {
        using var piped = new StoreFixture();
        using var staged = new StoreFixture(new DuckDbStoreOptions { MemoryLimit = "512MB" });
        foreach (var f in new[] { Fixture.Gdelt2Days[0], Fixture.Icews })
        {
            piped.Ingest(Fixture.Path(f));
            staged.Ingest(Fixture.Path(f));
        }
        const string digest = "SELECT count(*)::VARCHAR || ':' || sum(hash(e))::VARCHAR FROM events e";

        Assert.Equal(piped.Scalar(digest), staged.Scalar(digest));
    }
}
