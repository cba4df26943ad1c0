using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Reference;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// The SQL of a dyad query on ClickHouse, the same filters and sums as the DuckDB store's. The dyad
/// is written with the primary key's own expressions (<see cref="ChSchema.Actor1"/>), so ClickHouse
/// reads only the key ranges of the dyad's rows; values enter as <see cref="ChSql"/> literals.
/// </summary>
internal static class ChDyadSql
{
    private static readonly string StateTypes = ChSql.List(StateActors.Types);

    public static string PeriodStart(Period by) => by switch
    {
        Period.Day => "event_date",
        Period.Week => "toMonday(event_date)",
        Period.Month => "toStartOfMonth(event_date)",
        Period.Year => "toStartOfYear(event_date)",
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "unknown period"),
    };

    /// <summary>The dyad itself: A→B, or A→B and B→A.</summary>
    public static string Dyad(DyadQuery q)
    {
        var (a, b) = (ChSql.Str(q.ActorA), ChSql.Str(q.ActorB));
        var ab = $"({ChSchema.Actor1} = {a} AND {ChSchema.Actor2} = {b})";
        return q.Directed ? ab : $"({ab} OR ({ChSchema.Actor1} = {b} AND {ChSchema.Actor2} = {a}))";
    }

    /// <summary>Actor A's volume: A as actor 1 (directed) or on either side.</summary>
    public static string ActorVolume(DyadQuery q)
    {
        var a = ChSql.Str(q.ActorA);
        return q.Directed ? $"{ChSchema.Actor1} = {a}" : $"({ChSchema.Actor1} = {a} OR {ChSchema.Actor2} = {a})";
    }

    /// <summary>The filters other than the dyad, over <paramref name="from"/>..<paramref name="to"/>, and only committed ingests.</summary>
    public static string Filters(DyadQuery q, DateOnly from, DateOnly to, long committed)
    {
        var parts = new List<string> { $"event_date BETWEEN {ChSql.Date(from)} AND {ChSql.Date(to)}", $"ingest_id <= {ChSql.Int(committed)}" };
        if (q.StateActorsOnly) parts.Add($"{State(1)} AND {State(2)}");
        if (q.RootEventsOnly) parts.Add("is_root_event = 1");
        if (q.MinMentions is { } min) parts.Add($"num_mentions >= {ChSql.Int(min)}");
        if (q.Roots.Count > 0) parts.Add($"event_root_code IN ({ChSql.List(q.Roots)})");
        return string.Join(" AND ", parts);
    }

    private static string State(int n) =>
        $"(actor{n}_country_code IS NOT NULL AND (actor{n}_code = actor{n}_country_code OR actor{n}_type1_code IN ({StateTypes})))";

    /// <summary>The per-event rows a series sums, one per event or, deduplicated, one per day, directed dyad and code.</summary>
    public static string Rows(DyadQuery q, string events, string where)
    {
        const string toneSum = "if(avg_tone IS NOT NULL AND num_mentions > 0, avg_tone * num_mentions, NULL)";
        const string toneMentions = "if(avg_tone IS NOT NULL AND num_mentions > 0, toInt64(num_mentions), NULL)";
        var rows = $"SELECT event_date, actor1_country_code, actor2_country_code, event_code, quad_class, goldstein_scale, {toneSum} AS tone_sum, {toneMentions} AS tone_mentions FROM {events} WHERE {where}";
        return q.Dedupe
            ? $"SELECT event_date, min(quad_class) AS quad_class, avg(goldstein_scale) AS goldstein_scale, sum(tone_sum) AS tone_sum, sum(tone_mentions) AS tone_mentions FROM ({rows}) GROUP BY event_date, actor1_country_code, actor2_country_code, event_code"
            : rows;
    }
}
