using System.Text.Json;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <inheritdoc />
    public async Task<StoreCoverage> CoverageAsync(CancellationToken cancellationToken = default)
    {
        var last = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var row = (await First.QueryAsync(
            $"SELECT count() AS n, toString(min(event_date)) AS first, toString(max(event_date)) AS last FROM {Events} WHERE ingest_id <= {Num(last)}",
            cancellationToken).ConfigureAwait(false))[0];
        var files = await First.CountAsync($"SELECT count() FROM {T("ingest_ledger")}", cancellationToken).ConfigureAwait(false);
        var events = row.GetProperty("n").GetInt64();
        var spans = new List<CoveredSpan>();
        foreach (var r in await First.QueryAsync(
            $"SELECT toString(first_day) AS f, toString(last_day) AS l FROM {T("ingest_coverage")} WHERE ingest_id IN (SELECT ingest_id FROM {T("ingest_ledger")})",
            cancellationToken).ConfigureAwait(false))
            spans.Add(new CoveredSpan(Date(r, "f")!.Value, Date(r, "l")!.Value));
        return new StoreCoverage(events, files, events == 0 ? null : Date(row, "first"), events == 0 ? null : Date(row, "last")) { Spans = CoveredSpan.Merge(spans) };
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> ActorCountryCodesAsync(CancellationToken cancellationToken = default)
    {
        var last = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in await First.QueryAsync(
            $"SELECT DISTINCT arrayJoin([ifNull(actor1_country_code, ''), ifNull(actor2_country_code, '')]) AS code FROM {Events} WHERE ingest_id <= {Num(last)}",
            cancellationToken).ConfigureAwait(false))
            if (r.GetProperty("code").GetString() is { Length: > 0 } code) codes.Add(code);
        return codes;
    }

    /// <inheritdoc />
    public async Task<RejectPage> RejectsAsync(RejectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = $"ingest_id IN (SELECT ingest_id FROM {T("ingest_ledger")})";
        if (query.File is { } file)
        {
            // The path as ingested (absolute), or any path ending in what was given (a relative path, a file name).
            var tail = "/" + file.Replace('\\', '/').TrimStart('.', '/');
            where += $" AND (file = {ChSql.Str(Path.GetFullPath(file))} OR endsWith(file, {ChSql.Str(tail)}))";
        }
        var total = await First.CountAsync($"SELECT count() FROM {T("ingest_rejects")} WHERE {where}", cancellationToken).ConfigureAwait(false);
        var rejects = new List<StoredReject>();
        foreach (var r in await First.QueryAsync(
            $"""
            SELECT ingest_id, file, line, column_number, column_name, reason, raw_line, raw_bytes FROM {T("ingest_rejects")}
            WHERE {where} ORDER BY ingest_id, line LIMIT {Num(Math.Max(0, query.Limit))}
            """, cancellationToken).ConfigureAwait(false))
            rejects.Add(new StoredReject(Int(r, "ingest_id"), Str(r, "file")!, Int(r, "line"), (int)Int(r, "column_number"), Str(r, "column_name")!,
                Str(r, "reason")!, Str(r, "raw_line")!, Int(r, "raw_bytes")));
        return new RejectPage(total, rejects);
    }

    private static string? Str(JsonElement row, string name) => row.GetProperty(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
