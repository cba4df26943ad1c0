using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Watch.Balance;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Balance;

/// <summary>The balance sheet for people: the bands, then the fast and the slow measure as tables with z-scores and the tilt.</summary>
public static class BalanceView
{
    /// <summary>Years of the slow measure shown (the JSON has every year).</summary>
    public const int SlowYearsShown = 12;

    public static void Render(CommandContext context, Scenario.Model.Case c, BalanceSheet sheet)
    {
        var console = context.Console;
        var p = sheet.Powers;
        console.Line($"Balance sheet of {c.Id}: {sheet.Focal} between {string.Join(" and ", p)}, as of {sheet.AsOf:yyyy-MM-dd} (nothing later is used)");
        console.Line($"z: each relation standardised on its own trailing baseline, the points just before it (relations.baseline_days {c.Relations.BaselineDays}); " +
            (p.Count >= 2 ? $"tilt = z({p[0]}) - z({p[1]}): above 0, the relation with {p[0]} stands better against its own recent past than the one with {p[1]}" : ""));
        foreach (var b in sheet.Bands)
        {
            console.Line(b.Drawable
                ? $"band {b.Tolerance} ({b.Power}): {b.Name} - breached when z({b.Relation}) is {(b.Below ? "below" : "above")} {N(b.Threshold)}; dates outside are marked"
                : $"band {b.Tolerance} ({b.Power}): {b.Name} - {b.Note}");
        }
        Track(console, "Fast", sheet.Fast, sheet, int.MaxValue);
        Track(console, "Slow", sheet.Slow, sheet, SlowYearsShown);
    }

    private static void Track(IAnsiConsole console, string title, RelationTrack t, BalanceSheet sheet, int last)
    {
        console.Line();
        var spans = string.Join(", ", t.Series.Select(s => s.Name is null ? $"{s.Power}: none" : $"{s.Name} {D(s.From!.Value, t.Period)} to {D(s.To!.Value, t.Period)}" +
            (s.NoDataSince is { } gone ? $" (no data since {D(gone, t.Period)})" : "")));
        console.Line($"{title} measure: {t.Measure}, {t.Period.Adjective()}, baseline {t.BaselinePoints} {t.Period.Noun()}s; {spans}");
        var shown = t.Rows.Where(r => r.Relations.Any(v => v.Z is not null)).ToList();
        var hidden = shown.Count - Math.Min(shown.Count, last);
        shown = shown.Skip(hidden).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn(t.Period == Period.Year ? "year" : "date");
            foreach (var power in sheet.Powers)
            {
                table.AddColumn(new TableColumn($"{sheet.Focal}-{power}").RightAligned());
                table.AddColumn(new TableColumn($"z {power}").RightAligned());
            }
            if (sheet.Powers.Count >= 2) table.AddColumn(new TableColumn("tilt").RightAligned());
            table.AddColumn("outside");
            foreach (var r in shown)
            {
                var cells = new List<string> { D(r.Date, t.Period) };
                foreach (var v in r.Relations) cells.AddRange([v.Value is { } x ? N(x) : "-", v.Z is { } z ? Z(z) : "-"]);
                if (sheet.Powers.Count >= 2) cells.Add(r.Tilt is { } tilt ? Z(tilt) : "-");
                cells.Add(r.Outside.Count > 0 ? "[bold]! " + CliText.Escape(string.Join(", ", r.Outside)) + "[/]" : "");
                table.AddRow([.. cells]);
            }
            console.Write(table);
        }
        var first = t.Rows.FirstOrDefault(r => r.Relations.Any(v => v.Z is not null));
        if (first is not null && t.Rows[0].Date < first.Date)
            console.Line($"the points before {D(first.Date, t.Period)} only form the first baseline{(hidden > 0 ? $"; {hidden} earlier {t.Period.Noun()}s not shown" : "")} (--json has every point)");
        else if (shown.Count == 0) console.Line("no point can be standardised yet");
        foreach (var note in t.Notes) console.Line($"note: {note}");
    }

    private static string D(DateOnly date, Period period) => date.ToString(period switch
    {
        Period.Year => "yyyy",
        Period.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    private static string Z(double z) => z.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string N(double x) =>
        x.ToString(Math.Abs(x) switch { >= 100 => "0", >= 10 => "0.0", >= 1 => "0.00", _ => "0.000" }, CultureInfo.InvariantCulture);
}
