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
                Title = new TableTitle($"[bold]Top sensitivities[/]: EU({Esc(optionA)}) - EU(its strongest rival there; {Esc(optionB)} at the base) as each parameter moves across its range; choice at each end"),
                Border = TableBorder.Rounded,
            };
            t.AddColumn("parameter");
            t.AddColumn("range");
            foreach (var h in new[] { "at low", "at high", "swing" }) t.AddColumn(new TableColumn(h).RightAligned());
            t.AddColumn("choice low / high");
            foreach (var b in s.Tornado.Take(TopSensitivities))
                t.AddRow(Esc(b.Parameter), $"{N(b.ParameterLow, "0.###")}-{N(b.ParameterHigh, "0.###")} ({Esc(b.RangeSource)}){Shares(b)}",
                    Signed(b.Low), Signed(b.High), N(b.Swing, "0.0000"), $"{Esc(b.ChoiceAtLow)} / {Esc(b.ChoiceAtHigh)}");
            console.Write(t);
        }
        if (s.Switching.Count > 0 && s.OptionA is { } leader)
        {
            var t = new Table
            {
                Title = new TableTitle($"[bold]Switching values[/]: where the rule's choice ({Esc(leader)}) first changes as one parameter moves up or down, " +
                    "against every other option (weights also as shares of the total, the others at their midpoints)"),
                Border = TableBorder.Rounded,
            };
            t.AddColumn("parameter");
            t.AddColumn(new TableColumn("base").RightAligned());
            t.AddColumn(new TableColumn("switches at").RightAligned());
            t.AddColumn("to");
            t.AddColumn("because");
            t.AddColumn("range the tornado used");
            foreach (var v in s.Switching.OrderBy(v => v.Value is null).ThenByDescending(v => v.WithinRange))
            {
                var range = $"{N(v.RangeLow, "0.###")}-{N(v.RangeHigh, "0.###")} ({Esc(v.RangeSource)})";
                var where = v.Value is null ? "none in range" : v.WithinRange ? $"[bold]inside[/] {range}" : $"outside {range}";
                var at = v.Value is not { } x ? "none"
                    : (v.Rises == true ? "above " : v.Rises == false ? "below " : "") + N(x, "0.###") + (v.Share is { } share ? $" (share {N(share, "0.###")})" : "");
                var baseText = N(v.Base, "0.###") + (v.BaseShare is { } bs ? $" (share {N(bs, "0.###")})" : "");
                t.AddRow(Esc(v.Parameter), baseText, at, v.OptionB is { } b ? Esc(b) : "-", Esc(Cause(v.Cause)), where);
            }
            console.Write(t);
        }
        var e = new Table { Title = new TableTitle($"[bold]Expected value of perfect information[/]: total {N(s.Evpi.Total, "0.0000")} (utility units, against {Esc(s.Evpi.Against)})"), Border = TableBorder.Rounded };
        e.AddColumn("uncertainty");
        e.AddColumn(new TableColumn("EVPPI").RightAligned());
        e.AddColumn(new TableColumn("share of EVPI").RightAligned());
        foreach (var item in s.Evpi.ByUncertainty)
            e.AddRow(Esc(item.Name), N(item.Value, "0.0000"), s.Evpi.Total > 0 ? N(item.Value / s.Evpi.Total, "0%") : "-");
        console.Write(e);
        foreach (var note in s.Notes) console.MarkupLine($"[dim]note: {Esc(note)}[/]");
    }

    private static string Shares(TornadoBar b) =>
        b.ShareLow is { } low && b.ShareHigh is { } high ? $"; share {N(low, "0.###")}-{N(high, "0.###")}" : "";

    private static string Cause(string? cause) => cause switch
    {
        "overtakes" => "overtakes",
        "becomes_admissible" => "comes within its tolerances",
        "becomes_inadmissible" => "leaves its tolerances",
        _ => "",
    };

    private static string Signed(double x) => (x >= 0 ? "+" : "") + N(x, "0.0000");
}
