using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    public StoreCoverage Coverage()
    {
        // Three small queries rather than one: each is answered from the column statistics and zone
        // maps (a few ms on 10 million events), where one query with FILTER clauses scanned the
        // date columns of every event (~90 ms) behind every dyad call.
        using var command = _connection.Command("SELECT count(*), min(event_date), max(event_date), (SELECT count(*) FROM ingest_ledger) FROM events");
        using var r = command.ExecuteReader();
        r.Read();
        var (first, last) = (r.IsDBNull(1) ? (DateOnly?)null : r.Date(1), r.IsDBNull(2) ? (DateOnly?)null : r.Date(2));
        // Events dated only to their month reach from its first day to its last.
        using var monthOnly = _connection.Command("SELECT count(*), min(month_year), max(month_year) FROM events WHERE event_date IS NULL");
        using var m = monthOnly.ExecuteReader();
        m.Read();
        var monthOnlyEvents = m.GetInt64(0);
        if (monthOnlyEvents > 0 && !m.IsDBNull(1))
        {
            var (a, b) = (MonthStart(m.GetInt32(1)), MonthStart(m.GetInt32(2)).AddMonths(1).AddDays(-1));
            first = first is { } f && f < a ? f : a;
            last = last is { } l && l > b ? l : b;
        }
        var (days, months) = CoveredSpans();
        return new StoreCoverage(r.GetInt64(0), r.GetInt64(3), first, last)
        {
            Spans = days,
            MonthSpans = months,
            MonthOnlyEvents = monthOnlyEvents,
        };
    }

    /// <summary>The first day of a month_year (YYYYMM), as <see cref="DyadSql.MonthStart"/> computes it in SQL.</summary>
    private static DateOnly MonthStart(int monthYear) => new(monthYear / 100, monthYear % 100, 1);

    /// <summary>Every actor country code the events carry (actor 1 or 2).</summary>
    public IReadOnlySet<string> ActorCountryCodes()
    {
        // A scan of two columns of every event (~65 ms on 10 million): kept per instance and ledger
        // state, so a host holding the store (HeldDuckDbStores) asks once per ingest, not per request.
        var state = _connection.Scalar<long>("SELECT COALESCE(max(ingest_id), 0) FROM ingest_ledger");
        return _actorCodes.Get(state, ScanActorCountryCodes);
    }

    private HashSet<string> ScanActorCountryCodes()
    {
        using var command = _connection.Command(
            """
            SELECT DISTINCT code FROM (SELECT actor1_country_code AS code FROM events UNION ALL SELECT actor2_country_code FROM events)
            WHERE code IS NOT NULL AND code <> ''
            """);
        using var r = command.ExecuteReader();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read()) codes.Add(r.GetString(0));
        return codes;
    }

    /// <inheritdoc />
    public RejectPage Rejects(RejectQuery query)
    {
        var where = "TRUE";
        var parameters = new List<(string, object?)>();
        if (query.File is { } file)
        {
            // The path as ingested (absolute), or any path ending in what was given (a relative path, a file name).
            where = "(file = $full OR suffix(file, $tail))";
            parameters.Add(("full", Path.GetFullPath(file)));
            parameters.Add(("tail", "/" + file.Replace('\\', '/').TrimStart('.', '/')));
        }
        var total = _connection.Scalar<long>($"SELECT count(*) FROM ingest_rejects WHERE {where}", [.. parameters]);
        using var command = _connection.Command(
            $"SELECT ingest_id, file, line, column_number, column_name, reason, raw_line, raw_bytes FROM ingest_rejects WHERE {where} ORDER BY ingest_id, line LIMIT $limit",
            [.. parameters, ("limit", Math.Max(0, query.Limit))]);
        using var r = command.ExecuteReader();
        var rejects = new List<StoredReject>();
        while (r.Read())
            rejects.Add(new StoredReject(r.GetInt32(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetInt64(7)));
        return new RejectPage(total, rejects);
    }
}
