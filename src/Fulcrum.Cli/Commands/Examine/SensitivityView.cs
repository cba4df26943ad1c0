using Fulcrum.Decision;
using Spectre.Console;
using static Fulcrum.Cli.Commands.Examine.ExamineView;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>Renders the tornado, the switching values and EVPI.</summary>
internal static class SensitivityView
{
    public static void Render(IAnsiConsole console, Sensitivity s)
    {
        if (s.OptionA is { } optionA && s.OptionB is { } optionB && s.Tornado.Count > 0)
        {
            var t = new Table
            {
                Title = new TableTitle($"[bold]Top sensitivities[/]: EU({Esc(optionA)}) - EU({Esc(optionB)}) as each parameter moves across its range"),
                Border = TableBorder.Rounded,
            };
            t.AddColumn("parameter");
            t.AddColumn("range");
            foreach (var h in new[] { "at low", "at high", "swing" }) t.AddColumn(new TableColumn(h).RightAligned());
            foreach (var b in s.Tornado.Take(TopSensitivities))
                t.AddRow(Esc(b.Parameter), $"{N(b.ParameterLow, "0.###")}-{N(b.ParameterHigh, "0.###")} ({Esc(b.RangeSource)})",
                    Signed(b.Low), Signed(b.High), N(b.Swing, "0.0000"));
            console.Write(t);
        }
        if (s.Switching.Count > 0 && s.OptionA is { } leader && s.OptionB is { } runner)
        {
            var t = new Table
            {
                Title = new TableTitle($"[bold]Switching values[/]: where {Esc(runner)} overtakes {Esc(leader)} (root of the expected-utility difference)"),
                Border = TableBorder.Rounded,
            };
            t.AddColumn("parameter");
            t.AddColumn(new TableColumn("base").RightAligned());
            t.AddColumn(new TableColumn("switches at").RightAligned());
            t.AddColumn("the case's range");
            foreach (var v in s.Switching.OrderBy(v => v.Value is null).ThenByDescending(v => v.WithinRange))
            {
                var range = $"{N(v.RangeLow, "0.###")}-{N(v.RangeHigh, "0.###")}";
                var where = v.Value is null ? "none in range" : v.WithinRange ? $"[bold]inside[/] {range}" : $"outside {range}";
                t.AddRow(Esc(v.Parameter), N(v.Base, "0.###"), v.Value is { } x ? N(x, "0.###") : "none", where);
            }
            console.Write(t);
        }
        var e = new Table { Title = new TableTitle($"[bold]Expected value of perfect information[/]: total {N(s.Evpi.Total, "0.0000")} (utility units)"), Border = TableBorder.Rounded };
        e.AddColumn("uncertainty");
        e.AddColumn(new TableColumn("EVPPI").RightAligned());
        e.AddColumn(new TableColumn("share of EVPI").RightAligned());
        foreach (var item in s.Evpi.ByUncertainty)
            e.AddRow(Esc(item.Name), N(item.Value, "0.0000"), s.Evpi.Total > 0 ? N(item.Value / s.Evpi.Total, "0%") : "-");
        console.Write(e);
        foreach (var note in s.Notes) console.MarkupLine($"[dim]note: {Esc(note)}[/]");
    }

    private static string Signed(double x) => (x >= 0 ? "+" : "") + N(x, "0.0000");
}
