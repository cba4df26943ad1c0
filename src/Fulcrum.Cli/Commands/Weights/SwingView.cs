using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;
using static Fulcrum.Cli.Commands.Weights.AhpView;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>Renders swing weights for people: rank, rating and weight of each swing, and the copy written.</summary>
public static class SwingView
{
    public static void Render(IAnsiConsole console, SwingElicitationResult elicited)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(elicited);
        var r = elicited.Result;
        console.Write(new Rule($"[bold]Swing weights[/]{(elicited.Case is { } c ? $" for case {CliText.Escape(c.Case.Id)}" : "")}{(elicited.File is { } f ? $" from {CliText.Escape(f)}" : "")}").LeftJustified());
        var t = new Table { Border = TableBorder.Rounded, Title = new TableTitle("weight = rating / sum of ratings") };
        t.AddColumn("interest");
        t.AddColumn(new TableColumn("rank").RightAligned());
        t.AddColumn(new TableColumn("rating").RightAligned());
        t.AddColumn(new TableColumn("weight").RightAligned());
        foreach (var i in Enumerable.Range(0, r.Ids.Count).OrderBy(i => r.Ratings[i].Rank))
            t.AddRow(CliText.Escape(r.Ids[i]), r.Ratings[i].Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), N(r.Ratings[i].Rating, "0.##"), N(r.Weights[i], "0.000"));
        console.Write(t);
        CopyView.Render(console, elicited.Copy);
    }
}
