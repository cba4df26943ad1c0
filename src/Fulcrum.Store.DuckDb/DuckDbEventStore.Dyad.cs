using Fulcrum.Events.Dyads;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    public IReadOnlyList<DyadCounts> DyadCounts(DyadQuery query, DateOnly from, DateOnly to)
    {
        var filters = DyadSql.Filters(query);
        var period = DyadSql.Period(query.By);
        var parameters = DyadSql.Parameters(query, from, to);
        var sums = new Dictionary<DateOnly, DyadCounts>();
        using (var command = _connection.Command(
            $"""
            SELECT {period} AS p,
                count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                -- Goldstein scores carry one decimal: summed as decimals they add up exactly.
                CAST(COALESCE(sum(CAST(goldstein_scale AS DECIMAL(18, 6))), 0) AS DOUBLE),
                CAST(COALESCE(sum(CAST(greatest(goldstein_scale, 0) AS DECIMAL(18, 6))), 0) AS DOUBLE),
                CAST(COALESCE(sum(CAST(least(goldstein_scale, 0) AS DECIMAL(18, 6))), 0) AS DOUBLE),
                COALESCE(sum(tone_sum), 0), CAST(COALESCE(sum(tone_mentions), 0) AS BIGINT)
            FROM ({DyadSql.Rows(query, $"{filters} AND {DyadSql.Dyad(query)}")})
            GROUP BY p
            """, [.. parameters]))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var p = r.Date(0);
                sums[p] = new DyadCounts(p, r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                    r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetDouble(8), r.GetInt64(9), 0);
            }
        }
        if (query.Normalize is DyadNormalization.Total or DyadNormalization.Actor)
            AddVolumes(query, filters, period, parameters, sums);
        return [.. sums.Values.OrderBy(s => s.PeriodStart)];
    }

    private void AddVolumes(DyadQuery query, string filters, string period, List<(string, object?)> parameters, Dictionary<DateOnly, DyadCounts> sums)
    {
        var where = query.Normalize == DyadNormalization.Actor ? $"{filters} AND {DyadSql.ActorVolume(query)}" : filters;
        using var command = _connection.Command($"SELECT {period} AS p, count(*) FROM ({DyadSql.Rows(query, where)}) GROUP BY p", [.. parameters]);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var p = r.Date(0);
            sums[p] = (sums.GetValueOrDefault(p) ?? new DyadCounts(p, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) with { Volume = r.GetInt64(1) };
        }
    }

    /// <inheritdoc />
    public EvidencePage Events(EvidenceQuery query)
    {
        var q = query.Dyad;
        var where = $"{DyadSql.Filters(q)} AND {DyadSql.Dyad(q)}";
        var parameters = DyadSql.Parameters(q, query.From, query.To);
        var total = _connection.Scalar<long>($"SELECT count(*) FROM events WHERE {where}", [.. parameters]);
        using var command = _connection.Command(
            $"""
            SELECT dataset, event_id, event_date, actor1_code, actor1_name, actor1_country_code, actor2_code, actor2_name, actor2_country_code,
                event_code, quad_class, goldstein_scale, num_mentions, avg_tone, source_url
            FROM events WHERE {where}
            ORDER BY num_mentions DESC NULLS LAST, event_date, dataset, event_id LIMIT $limit
            """, [.. parameters, ("limit", Math.Max(0, query.Limit))]);
        using var r = command.ExecuteReader();
        var events = new List<EvidenceEvent>();
        while (r.Read())
            events.Add(new EvidenceEvent(r.GetString(0), r.GetInt64(1), r.Date(2), r.NullableString(3), r.NullableString(4), r.NullableString(5),
                r.NullableString(6), r.NullableString(7), r.NullableString(8), r.GetString(9), r.GetByte(10) is var qc ? qc : 0, r.GetDouble(11),
                r.IsDBNull(12) ? null : r.GetInt32(12), r.IsDBNull(13) ? null : r.GetDouble(13), r.NullableString(14)));
        return new EvidencePage(total, events);
    }
}
