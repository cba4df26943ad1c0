using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Reference;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Dyad;

/// <summary>A dyad series as a table, CSV or JSON; every format names the measures the same way.</summary>
public static class DyadView
{
    public static void WriteCsv(TextWriter output, DyadSeries s)
    {
        output.WriteLine("period_start,period_end," + string.Join(',', DyadMeasures.All.Select(m => m.Name())));
        foreach (var p in s.Points)
            output.WriteLine($"{Day(p.PeriodStart)},{Day(p.PeriodEnd)}," + string.Join(',', DyadMeasures.All.Select(m => p.Value(m)?.ToString("R", CultureInfo.InvariantCulture) ?? "")));
    }

    public static void Render(CommandContext context, DyadSeries s)
    {
        var q = s.Query;
        var title = $"{q.ActorA} ({CameoCountries.NameOf(q.ActorA)}) {(q.Directed ? "->" : "<->")} {q.ActorB} ({CameoCountries.NameOf(q.ActorB)}), " +
            $"by {q.By.Noun()}, {Day(s.From)} to {Day(s.To)}";
        if (s.Points.Count == 0)
        {
            context.Out.WriteLine($"{title}: the store holds no events (run fulcrum ingest first)");
            return;
        }
        var table = new Table { Title = new TableTitle($"[bold]{CliText.Escape(title)}[/]"), Border = TableBorder.Rounded };
        table.AddColumn("period");
        foreach (var m in DyadMeasures.All) table.AddColumn(new TableColumn(m.Name().Replace('_', '\n')).RightAligned());
        var format = q.Normalize == DyadNormalization.None ? "0.##" : "0.####";
        foreach (var p in s.Points)
            table.AddRow([Day(p.PeriodStart), .. DyadMeasures.All.Select(m => !p.Covered ? "no data" : p.Value(m)?.ToString(format, CultureInfo.InvariantCulture) ?? "-")]);
        context.Console.Write(table);
        var filters = new List<string>();
        if (q.StateActorsOnly) filters.Add("state actors");
        if (q.RootEventsOnly) filters.Add("root events");
        if (q.MinMentions is { } min) filters.Add($">= {min} mentions");
        if (q.Dedupe) filters.Add("deduplicated");
        if (q.Roots.Count > 0) filters.Add("roots " + string.Join(",", q.Roots));
        // A normalised value is not a count: the footer says what its unit is instead of summing it as events.
        var unit = q.Normalize switch
        {
            DyadNormalization.Total => "counts and sums as shares (0-1) of all events in the period; means as they are",
            DyadNormalization.Actor => $"counts and sums as shares (0-1) of {q.ActorA}'s events in the period; means as they are",
            DyadNormalization.Zscore => $"every measure as a z-score: standard deviations from its mean over the {q.BaselinePeriods} {q.By.Noun()}s before",
            _ => $"{s.Points.Sum(p => p.Events ?? 0).ToString("0.##", CultureInfo.InvariantCulture)} events",
        };
        context.Console.Line($"{s.Points.Count} periods, {unit}{(filters.Count > 0 ? "; " + string.Join(", ", filters) : "")}; '-' = undefined" +
            (s.Points.Count(p => !p.Covered) is > 0 and var gaps ? $"; {gaps} periods the store's files do not cover: no data, not zero." : "."));
        if (s.MonthOnlyLeftOut > 0)
            context.Console.Line($"The store holds {s.MonthOnlyLeftOut.ToString("N0", CultureInfo.InvariantCulture)} events dated only to their month: they are in no {q.By.Noun()} (--by month counts them).");
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
