using System.Globalization;
using System.Text.Json;
using Fulcrum.Core.Evidence;
using Fulcrum.Events.Dyads;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DyadCounts>> DyadCountsAsync(DyadQuery query, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var committed = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var filters = ChDyadSql.Filters(query, from, to, committed);
        var period = ChDyadSql.PeriodStart(query.By);
        var sums = new Dictionary<DateOnly, DyadCounts>();
        foreach (var r in await First.QueryAsync(
            $"""
            SELECT toString({period}) AS p,
                countIf(quad_class = 1) AS n1, countIf(quad_class = 2) AS n2, countIf(quad_class = 3) AS n3, countIf(quad_class = 4) AS n4,
                -- Goldstein scores carry one decimal: summed as whole millionths they add up exactly, in any order, on any shard
                -- (the DuckDB store sums them as DECIMAL(18, 6)).
                toInt64(ifNull(sum(toInt64(round(goldstein_scale * 1000000))), 0)) AS g,
                toInt64(ifNull(sum(toInt64(round(greatest(goldstein_scale, 0) * 1000000))), 0)) AS gp,
                toInt64(ifNull(sum(toInt64(round(least(goldstein_scale, 0) * 1000000))), 0)) AS gn,
                ifNull(sum(tone_sum), 0) AS ts, toInt64(ifNull(sum(tone_mentions), 0)) AS tm
            FROM ({ChDyadSql.Rows(query, Events, $"{filters} AND {ChDyadSql.Dyad(query)}")})
            GROUP BY p
            """, cancellationToken).ConfigureAwait(false))
        {
            var p = Date(r, "p")!.Value;
            sums[p] = new DyadCounts(p, Int(r, "n1"), Int(r, "n2"), Int(r, "n3"), Int(r, "n4"),
                Int(r, "g") / 1e6, Int(r, "gp") / 1e6, Int(r, "gn") / 1e6, Double(r, "ts"), Int(r, "tm"), 0);
        }
        if (query.Normalize is DyadNormalization.Total or DyadNormalization.Actor)
        {
            var where = query.Normalize == DyadNormalization.Actor ? $"{filters} AND {ChDyadSql.ActorVolume(query)}" : filters;
            foreach (var r in await First.QueryAsync($"SELECT toString({period}) AS p, count() AS n FROM ({ChDyadSql.Rows(query, Events, where)}) GROUP BY p", cancellationToken).ConfigureAwait(false))
            {
                var p = Date(r, "p")!.Value;
                sums[p] = (sums.GetValueOrDefault(p) ?? new DyadCounts(p, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) with { Volume = Int(r, "n") };
            }
        }
        return [.. sums.Values.OrderBy(s => s.PeriodStart)];
    }

    // (An alias is seen by WHERE and ORDER BY in ClickHouse: the date as text needs a name of its own.)
    private const string EvidenceColumns =
        "dataset, event_id, toString(event_date) AS event_day, actor1_code, actor1_name, actor1_country_code, actor2_code, actor2_name, actor2_country_code, " +
        "event_code, quad_class, goldstein_scale, num_mentions, avg_tone, source_url, event_date";

    /// <summary>Most mentioned first (no mentions last), then date, dataset and ID: the DuckDB store's order.</summary>
    private const string EvidenceOrder = "num_mentions IS NULL, num_mentions DESC, event_date, dataset, event_id";

    /// <inheritdoc />
    public async Task<EvidencePage> EventsAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var committed = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var where = $"{ChDyadSql.Filters(query.Dyad, query.From, query.To, committed)} AND {ChDyadSql.Dyad(query.Dyad)}";
        var total = await First.CountAsync($"SELECT count() FROM {Events} WHERE {where}", cancellationToken).ConfigureAwait(false);
        var events = new List<EvidenceEvent>();
        if (query.Limit > 0)
            foreach (var r in await First.QueryAsync($"SELECT {EvidenceColumns} FROM {Events} WHERE {where} ORDER BY {EvidenceOrder} LIMIT {Num(query.Limit)}", cancellationToken).ConfigureAwait(false))
                events.Add(Evidence(r));
        return new EvidencePage(total, events);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One pass for all spans: the dyad's rows over the spans' hull, each assigned to the spans that
    /// hold its date (<c>arrayJoin</c>), counted per span and cut to the first <paramref name="limit"/>
    /// of each (<c>LIMIT … BY span</c>); ClickHouse 18.16 has no window functions.
    /// </remarks>
    public async Task<IReadOnlyList<EvidencePage>> EventsAsync(DyadQuery dyad, IReadOnlyList<EvidenceSpan> spans, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dyad);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0) return [];
        var committed = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var where = $"{ChDyadSql.Filters(dyad, spans.Min(s => s.From), spans.Max(s => s.To), committed)} AND {ChDyadSql.Dyad(dyad)}";
        var froms = "[" + string.Join(", ", spans.Select(s => ChSql.Date(s.From))) + "]";
        var tos = "[" + string.Join(", ", spans.Select(s => ChSql.Date(s.To))) + "]";
        var spanOf = $"arrayJoin(arrayFilter(i -> event_date >= {froms}[i] AND event_date <= {tos}[i], arrayEnumerate({froms})))";
        var totals = new long[spans.Count];
        foreach (var r in await First.QueryAsync($"SELECT span, count() AS n FROM (SELECT {spanOf} AS span FROM {Events} WHERE {where}) GROUP BY span", cancellationToken).ConfigureAwait(false))
            totals[Int(r, "span") - 1] = Int(r, "n");
        var events = spans.Select(_ => new List<EvidenceEvent>()).ToArray();
        if (limit > 0)
            foreach (var r in await First.QueryAsync(
                $"""
                SELECT * FROM (SELECT {spanOf} AS span, {EvidenceColumns} FROM {Events} WHERE {where})
                ORDER BY span, {EvidenceOrder} LIMIT {Num(limit)} BY span
                """, cancellationToken).ConfigureAwait(false))
                events[Int(r, "span") - 1].Add(Evidence(r));
        return [.. totals.Select((t, i) => new EvidencePage(t, events[i]))];
    }

    private static EvidenceEvent Evidence(JsonElement r) =>
        new(Str(r, "dataset")!, Int(r, "event_id"), Date(r, "event_day")!.Value, Str(r, "actor1_code"), Str(r, "actor1_name"), Str(r, "actor1_country_code"),
            Str(r, "actor2_code"), Str(r, "actor2_name"), Str(r, "actor2_country_code"), Str(r, "event_code")!, (int)Int(r, "quad_class"), Double(r, "goldstein_scale"),
            r.GetProperty("num_mentions").ValueKind == JsonValueKind.Null ? null : (int)Int(r, "num_mentions"),
            r.GetProperty("avg_tone").ValueKind == JsonValueKind.Null ? null : Double(r, "avg_tone"), Str(r, "source_url"));

    private static double Double(JsonElement row, string name)
    {
        var v = row.GetProperty(name);
        return v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetDouble();
    }
}
