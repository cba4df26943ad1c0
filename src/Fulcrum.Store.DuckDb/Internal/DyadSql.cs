using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Reference;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The SQL of a dyad query: its filters (values bound as parameters; codes and roots are validated
/// before they get here), the period expression and the per-event columns the sums need.
/// </summary>
internal static class DyadSql
{
    // Lists are tested with list_contains: DuckDB rewrites an IN list of more than a few constants
    // into a join over every row of the table, before the dyad filter (6x slower on 10M events).
    private static readonly string StateTypes = "[" + string.Join(", ", StateActors.Types.Select(t => $"'{t}'")) + "]";

    public static string PeriodStart(Period by) => by switch
    {
        Period.Day => "event_date",
        Period.Week => "CAST(date_trunc('week', event_date) AS DATE)",
        // An event dated only to its month (event_date NULL) counts in that month, never on a day.
        Period.Month => $"CAST(date_trunc('month', COALESCE(event_date, {MonthStart})) AS DATE)",
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "unknown period"),
    };

    /// <summary>The dyad itself: A→B, or A→B and B→A.</summary>
    public static string Dyad(DyadQuery q) => q.Directed
        ? "actor1_country_code = $a AND actor2_country_code = $b"
        : "((actor1_country_code = $a AND actor2_country_code = $b) OR (actor1_country_code = $b AND actor2_country_code = $a))";

    /// <summary>Actor A's volume: A as actor 1 (directed) or on either side.</summary>
    public static string ActorVolume(DyadQuery q) => q.Directed
        ? "actor1_country_code = $a"
        : "(actor1_country_code = $a OR actor2_country_code = $a)";

    /// <summary>The first day of an event's month, from month_year (YYYYMM).</summary>
    public const string MonthStart = "make_date(month_year // 100, month_year % 100, 1)";

    /// <summary>
    /// The filters other than the dyad, over the span [$from, $to]; a monthly series (unless
    /// <paramref name="days"/>, for evidence, which lists dated events) also takes the events dated
    /// only to a month wholly inside the span, [$month_from, $month_to].
    /// </summary>
    public static string Filters(DyadQuery q, bool days = false)
    {
        var parts = new List<string>
        {
            q.By == Period.Month && !days
                ? "(event_date BETWEEN $from AND $to OR (event_date IS NULL AND month_year BETWEEN $month_from AND $month_to))"
                : "event_date BETWEEN $from AND $to",
        };
        if (q.StateActorsOnly)
            parts.Add($"{State(1)} AND {State(2)}");
        if (q.RootEventsOnly) parts.Add("is_root_event");
        if (q.MinMentions is not null) parts.Add("num_mentions >= $min");
        if (q.Roots.Count > 0)
            parts.Add($"list_contains([{string.Join(", ", q.Roots.Select(r => $"'{r}'"))}], event_root_code)");
        return string.Join(" AND ", parts);
    }

    private static string State(int n) =>
        $"(actor{n}_country_code IS NOT NULL AND (actor{n}_code = actor{n}_country_code OR list_contains({StateTypes}, actor{n}_type1_code)))";

    /// <summary>The per-event rows a series sums, one per event or, deduplicated, one per day, directed dyad and code.</summary>
    public static string Rows(DyadQuery q, string where)
    {
        const string toneSum = "CASE WHEN avg_tone IS NOT NULL AND num_mentions > 0 THEN avg_tone * num_mentions END";
        const string toneMentions = "CASE WHEN avg_tone IS NOT NULL AND num_mentions > 0 THEN num_mentions END";
        var rows = $"SELECT event_date, month_year, actor1_country_code, actor2_country_code, event_code, quad_class, goldstein_scale, {toneSum} AS tone_sum, {toneMentions} AS tone_mentions FROM events WHERE {where}";
        // Events dated only to a month are deduplicated within it; events without a code (a file that gives only the quad class), within their quad class.
        return q.Dedupe
            ? $"SELECT event_date, month_year, min(quad_class) AS quad_class, avg(goldstein_scale) AS goldstein_scale, sum(tone_sum) AS tone_sum, sum(tone_mentions) AS tone_mentions FROM ({rows}) " +
              "GROUP BY event_date, month_year, actor1_country_code, actor2_country_code, event_code, CASE WHEN event_code IS NULL THEN quad_class END"
            : rows;
    }

    public static List<(string, object?)> Parameters(DyadQuery q, DateOnly from, DateOnly to)
    {
        var p = new List<(string, object?)> { ("a", q.ActorA), ("b", q.ActorB), ("from", from), ("to", to) };
        if (q.By == Period.Month)
        {
            // The months wholly inside the span: an event dated only to a month cannot be placed in part of one.
            var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
            var last = to.AddDays(1).Day == 1 ? to : new DateOnly(to.Year, to.Month, 1).AddMonths(-1);
            p.Add(("month_from", (first.Year * 100) + first.Month));
            p.Add(("month_to", (last.Year * 100) + last.Month));
        }
        if (q.MinMentions is { } min) p.Add(("min", min));
        return p;
    }
}
