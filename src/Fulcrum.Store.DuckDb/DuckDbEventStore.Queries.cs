using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    public StoreCoverage Coverage()
    {
        // Events dated only to their month reach from its first day to its last.
        using var command = _connection.Command(
            $"""
            SELECT count(*), least(min(event_date), min({DyadSql.MonthStart}) FILTER (WHERE event_date IS NULL)),
                greatest(max(event_date), last_day(max({DyadSql.MonthStart}) FILTER (WHERE event_date IS NULL))),
                (SELECT count(*) FROM ingest_ledger), count(*) FILTER (WHERE event_date IS NULL)
            FROM events
            """);
        using var r = command.ExecuteReader();
        r.Read();
        var (days, months) = CoveredSpans();
        return new StoreCoverage(r.GetInt64(0), r.GetInt64(3), r.IsDBNull(1) ? null : r.Date(1), r.IsDBNull(2) ? null : r.Date(2))
        {
            Spans = days,
            MonthSpans = months,
            MonthOnlyEvents = r.GetInt64(4),
        };
    }

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
