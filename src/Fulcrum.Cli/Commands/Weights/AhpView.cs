using System.Globalization;
using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Elicitation.Ahp;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>Renders AHP weights for people: the weights, λmax, CI, CR, the revisions that most reduce CR, and the copy written.</summary>
public static class AhpView
{
    public static void Render(IAnsiConsole console, AhpElicitation elicited)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(elicited);
        var r = elicited.Result;
        console.Write(new Rule($"[bold]AHP weights[/]{(elicited.Case is { } c ? $" for case {CliText.Escape(c.Case.Id)}" : "")}{(elicited.File is { } f ? $" from {CliText.Escape(f)}" : "")}").LeftJustified());
        var t = new Table { Border = TableBorder.Rounded, Title = new TableTitle("principal eigenvector; row geometric mean") };
        t.AddColumn("interest");
        t.AddColumn(new TableColumn("weight").RightAligned());
        t.AddColumn(new TableColumn("geometric mean").RightAligned());
        foreach (var i in Enumerable.Range(0, r.Ids.Count).OrderByDescending(i => r.Weights[i]))
            t.AddRow(CliText.Escape(r.Ids[i]), N(r.Weights[i], "0.000"), N(r.GeometricMeanWeights[i], "0.000"));
        console.Write(t);
        var cr = r.ConsistencyRatio is { } x ? N(x, "0.000") : "not rated (no random index beyond 15 interests)";
        console.Line($"lambda max {N(r.LambdaMax, "0.000")}, CI {N(r.ConsistencyIndex, "0.000")}, RI {(r.RandomIndex is { } ri ? N(ri, "0.00##") : "-")}, CR {cr}: " +
            r.Consistency switch
            {
                Consistency.Acceptable => "consistent enough (CR at most 0.10)",
                Consistency.Inconsistent => "inconsistent (CR above 0.10)",
                _ => "not rated",
            });
        if (r.Revisions.Count > 0)
        {
            console.Line("the judgements whose revision most reduces CR:");
            foreach (var v in r.Revisions)
                console.Line($"  {v.First} against {v.Second}: {SaatyScale.Format(v.Current)}, the weights imply {N(v.Implied, "0.##")}; " +
                    $"{SaatyScale.Format(v.Suggested)} gives CR {N(v.ConsistencyRatioAfter, "0.000")}");
        }
        CopyView.Render(console, elicited.Copy);
    }

    internal static string N(double x, string format) => double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);
}
