using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Fulcrum.Core.Problems;
using Fulcrum.Events;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <inheritdoc />
    /// <remarks>
    /// All or nothing without transactions (docs/clickhouse.md, "Why a file goes in whole or not at
    /// all"): the ingest is first recorded as started; the file streams into a staging table on each
    /// shard; duplicates are found there; the kept rows are copied into the events; rejects and
    /// coverage are written; the ledger row is written last. Until that row exists no query counts
    /// the ingest's rows (they carry an ingest ID above the ledger's newest), and an ingest that
    /// started and has no ledger row is removed from every shard before the next one begins. A server
    /// that stops answering makes the file <see cref="IngestStatus.Failed"/>.
    /// </remarks>
    public async Task<FileIngestResult> IngestAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_readOnly) throw new InvalidOperationException("the store was opened read-only");
        cancellationToken.ThrowIfCancellationRequested();
        var path = request.Path;
        if (!File.Exists(path))
            return FileIngestResult.Failed(path, request.Format, Directory.Exists(path) ? "is a folder; pass the files, or let the command expand it" : "no such file");
        var size = new FileInfo(path).Length;
        try
        {
            if (await LedgerHasSizeAsync(size, cancellationToken).ConfigureAwait(false)
                && await FindByChecksumAsync(FileChecksum.Sha256(path), cancellationToken).ConfigureAwait(false) is { } seen)
                return Skipped(path, seen);
            var opened = EventFile.Open(path, request.Format);
            if (!opened.Ok) return FileIngestResult.Failed(path, request.Format, Describe(opened.Problems[0]));
            using var reader = opened.Value!;
            return await StoreAsync(reader, size, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (ChUnreachableException e)
        {
            return FileIngestResult.Failed(path, request.Format,
                $"{e.Message}; nothing of the file was stored (run the ingest again once every server answers: what reached the others is removed first)");
        }
        catch (ChException e) when (!IsBug(e))
        {
            return FileIngestResult.Failed(path, request.Format,
                $"{e.Message}; nothing of the file was stored (fix the cause and run the ingest again: what reached the servers is removed first)");
        }
    }

    /// <summary>Errors in Fulcrum's own SQL (syntax, unknown column or function, wrong type): bugs, not the environment.</summary>
    private static bool IsBug(ChException e) => e.Code is 36 or 43 or 44 or 46 or 47 or 62;

    private async Task<FileIngestResult> StoreAsync(EventFileReader reader, long size, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var path = reader.Path;
        var full = Path.GetFullPath(path);
        var started = _time.GetUtcNow();
        await CleanUpAsync(ct).ConfigureAwait(false);
        var last = await CommittedAsync(ct).ConfigureAwait(false);
        var id = await First.CountAsync(
            // greatest() takes two arguments in 18.16.
            $"SELECT greatest(greatest((SELECT max(ingest_id) FROM {T("ingest_ledger")}), (SELECT max(ingest_id) FROM {T("ingest_started")})), (SELECT max(ingest_id) FROM {T("ingest_abandoned")})) + 1",
            ct).ConfigureAwait(false);
        await First.InsertAsync(T("ingest_started"), Tsv.Content(Tsv.Row(Num(id), full, Num(Micros(started)))), ct).ConfigureAwait(false);
        var committed = false;
        var crashed = false;
        var rejectsFile = Path.Combine(Path.GetTempPath(), $"fulcrum-ch-rejects-{Environment.ProcessId}-{Guid.NewGuid():N}.tsv");
        try
        {
            await Task.WhenAll(_shards.Select(s => s.ExecuteAsync(ChSchema.Stage(_db, id), ct))).ConfigureAwait(false);
            ShardLoad load;
            await using (var rejects = new FileStream(rejectsFile, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                try
                {
                    load = await LoadAsync(reader, rejects, id, full, progress, ct).ConfigureAwait(false);
                }
                catch (InputException e)
                {
                    return FileIngestResult.Failed(path, reader.Format, Describe(e.Problems[0]) + "; nothing of the file was stored");
                }
                await PassAsync("staged").ConfigureAwait(false);
                if (await FindByChecksumAsync(reader.Checksum, ct).ConfigureAwait(false) is { } earlier) return Skipped(path, earlier);
                var dataset = reader.Format.Dataset();
                var kept = await Task.WhenAll(_shards.Select((s, i) => KeepAsync(s, load.Shards[i], dataset, id, last, ct))).ConfigureAwait(false);
                await PassAsync("kept").ConfigureAwait(false);
                var stored = kept.Sum(k => k.Rows);
                var sent = load.Shards.Sum(s => s.Rows);
                var rejected = reader.RowsRejected + load.RejectedHere;
                if (sent + rejected != reader.RowsRead)
                    throw new InvalidOperationException($"{path}: {reader.RowsRead:N0} rows read but {sent:N0} sent and {rejected:N0} rejected");
                var result = new FileIngestResult(path, reader.Format, reader.Compression, reader.RowsRead, stored, sent - stored, rejected,
                    IngestStatus.Ingested, Summary(reader.RowsRead, stored, sent - stored, rejected), id, reader.Checksum);
                if (rejects.Length > 0)
                {
                    await rejects.FlushAsync(ct).ConfigureAwait(false);
                    rejects.Position = 0;
                    using var body = new StreamContent(rejects);
                    body.Headers.ContentType = ChServer.TextType;
                    await First.InsertAsync(T("ingest_rejects"), body, ct).ConfigureAwait(false);
                }
                if (CoverageOf(kept, Path.GetFileName(full)) is { } span)
                    await First.InsertAsync(T("ingest_coverage"), Tsv.Content(Tsv.Row(Num(id), Day(span.First), Day(span.Last), span.Basis)), ct).ConfigureAwait(false);
                await PassAsync("ledger-before").ConfigureAwait(false);
                // The commit: one row, one part, written whole or not at all.
                await WriteLedgerAsync(result, full, size, started, ct).ConfigureAwait(false);
                committed = true;
                return result;
            }
        }
        catch (SimulatedCrashException)
        {
            crashed = true;
            throw;
        }
        finally
        {
            File.Delete(rejectsFile);
            if (committed) await DropStagesQuietlyAsync([id]).ConfigureAwait(false);
            else if (!crashed) await AbandonQuietlyAsync(id).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A test seam: called at the named steps of an ingest ("staged", "kept", "ledger-before") so a
    /// test can stop a server there, or throw <see cref="SimulatedCrashException"/> to leave the store
    /// as a killed process would (nothing cleaned up after).
    /// </summary>
    internal Func<string, Task>? Seam { get; set; }

    private Task PassAsync(string step) => Seam?.Invoke(step) ?? Task.CompletedTask;

    /// <summary>Streams the file into each shard's staging table; the sends run while the file is read.</summary>
    private async Task<ShardLoad> LoadAsync(EventFileReader reader, Stream rejects, long id, string full, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var streams = _shards.Select(_ => new RowStream()).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sends = _shards.Select((s, i) => SendAsync(s, streams[i], $"{_db}.{ChSchema.StageName(id)}", stop.Token)).ToArray();
        var load = new ShardLoad(reader, streams, rejects, id, full, progress);
        var reading = Task.Factory.StartNew(() => load.Run(stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await reading.ConfigureAwait(false);
        }
        catch (Exception e) when (e is ChannelClosedException or OperationCanceledException or InputException)
        {
            // Either a send failed (its error is the one to report) or the file did: stop everything.
            foreach (var s in streams) s.Fail(e);
            stop.Cancel();
            foreach (var send in sends)
            {
                try
                {
                    await send.ConfigureAwait(false);
                }
                catch (ChUnreachableException)
                {
                    if (e is not InputException) throw;
                }
                catch (ChException)
                {
                    if (e is not InputException) throw;
                }
                catch (OperationCanceledException)
                {
                    // Stopped because of the other failure.
                }
            }
            ct.ThrowIfCancellationRequested();
            throw;
        }
        foreach (var s in streams) s.Complete();
        await Task.WhenAll(sends).ConfigureAwait(false);
        return load;
    }

    private static async Task SendAsync(ChServer server, RowStream rows, string table, CancellationToken ct)
    {
        try
        {
            await server.InsertAsync(table, rows, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            rows.Fail(e);
            throw;
        }
    }

    /// <summary>What a shard keeps of its staged rows: the first occurrence of each event ID not stored before.</summary>
    private sealed record Kept(long Rows, DateOnly? FirstAdded, DateOnly? LastAdded, DateOnly? FirstDate, DateOnly? LastDate);

    /// <summary>
    /// Checks a shard's staged rows against what it staged and what it holds, then copies the kept
    /// rows into its events and event IDs. The kept set is the same in both copies: the condition
    /// reads only the staging table and ingests up to the ledger's newest (<paramref name="last"/>).
    /// </summary>
    private async Task<Kept> KeepAsync(ChServer s, ShardRows rows, string dataset, long id, long last, CancellationToken ct)
    {
        var stage = $"{_db}.{ChSchema.StageName(id)}";
        var staged = await s.CountAsync($"SELECT count() FROM {stage}", ct).ConfigureAwait(false);
        if (staged != rows.Rows)
            throw new ChException(s.Name, 0, $"the server staged {staged:N0} of the {rows.Rows:N0} rows sent to it");
        if (rows.Rows == 0) return new Kept(0, null, null, null, null);
        var keep = new List<string>();
        if (!rows.Rising)
            keep.Add($"(dataset, event_id, source_line) IN (SELECT dataset, event_id, min(source_line) FROM {stage} GROUP BY dataset, event_id)");
        var range = $"dataset = {ChSql.Str(dataset)} AND event_id BETWEEN {Num(rows.MinId)} AND {Num(rows.MaxId)} AND ingest_id <= {Num(last)}";
        if (await s.CountAsync($"SELECT count() FROM {T("event_ids")} WHERE {range}", ct).ConfigureAwait(false) > 0)
            keep.Add($"event_id NOT IN (SELECT event_id FROM {T("event_ids")} WHERE {range})");
        var where = keep.Count == 0 ? "" : "WHERE " + string.Join(" AND ", keep);
        var stats = (await s.QueryAsync(
            $"""
            SELECT count() AS n, toString(min(toDate(date_added))) AS fa, toString(max(toDate(date_added))) AS la, count(date_added) AS added,
                   toString(min(event_date)) AS fd, toString(max(event_date)) AS ld
            FROM {stage} {where}
            """, ct).ConfigureAwait(false))[0];
        await s.ExecuteAsync($"INSERT INTO {LocalEvents} SELECT {ChSchema.ColumnNames} FROM {stage} {where}", ct).ConfigureAwait(false);
        await s.ExecuteAsync($"INSERT INTO {T("event_ids")} SELECT dataset, event_id, ingest_id FROM {stage} {where}", ct).ConfigureAwait(false);
        var n = stats.GetProperty("n").GetInt64();
        var withAdded = stats.GetProperty("added").GetInt64() > 0;
        return n == 0 ? new Kept(0, null, null, null, null)
            : new Kept(n, withAdded ? Date(stats, "fa") : null, withAdded ? Date(stats, "la") : null, Date(stats, "fd"), Date(stats, "ld"));
    }

    private static DateOnly? Date(JsonElement row, string name) =>
        row.GetProperty(name).GetString() is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// The days the file covers (as the DuckDB store has them): its stored rows' DATEADDED days, else
    /// their event dates (ICEWS), else the date at the start of the file's name; null when none.
    /// </summary>
    private static (DateOnly First, DateOnly Last, string Basis)? CoverageOf(Kept[] kept, string fileName)
    {
        var added = kept.Where(k => k.FirstAdded is not null).ToList();
        if (added.Count > 0) return (added.Min(k => k.FirstAdded!.Value), added.Max(k => k.LastAdded!.Value), "date_added");
        var dated = kept.Where(k => k.FirstDate is not null).ToList();
        if (dated.Count > 0) return (dated.Min(k => k.FirstDate!.Value), dated.Max(k => k.LastDate!.Value), "event_date");
        return fileName.Length >= 8 && DateOnly.TryParseExact(fileName[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, day, "file name") : null;
    }

    private static string Describe(Problem p) =>
        (p.Line > 0 ? $"line {p.Line.ToString("N0", CultureInfo.InvariantCulture)}: " : "") + p.Message + (p.Hint.Length > 0 ? $" ({p.Hint})" : "");

    private static string Summary(long read, long stored, long duplicate, long rejected) =>
        string.Create(CultureInfo.InvariantCulture, $"{read:N0} rows read: {stored:N0} stored, {duplicate:N0} duplicate, {rejected:N0} rejected");

    private static FileIngestResult Skipped(string path, LedgerEntry earlier) =>
        new(path, earlier.Format, earlier.Compression, 0, 0, 0, 0, IngestStatus.Skipped,
            $"already ingested (same SHA-256) as {earlier.Path} on {earlier.Finished.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, ingest {earlier.IngestId}",
            earlier.IngestId, earlier.Sha256);

    internal static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static long Micros(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    internal static DateTimeOffset FromMicros(long us) => DateTimeOffset.UnixEpoch.AddTicks(us * 10);
}
