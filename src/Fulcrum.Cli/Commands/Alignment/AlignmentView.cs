using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Alignment;

/// <summary>The alignment rows as a table; rows without common votes say "no data".</summary>
public static class AlignmentView
{
    public static void Render(CommandContext context, AlignmentResult result)
    {
        var q = result.Query;
        var console = context.Console;
        var filters = new List<string>();
        if (q.ImportantOnly) filters.Add("important votes only");
        if (q.Issues.Count > 0) filters.Add($"issues {string.Join(", ", q.Issues.Select(i => i.Code()))}");
        if (q.Distance == VoteDistance.Squared) filters.Add("squared distances");
        console.Line($"UN General Assembly alignment {result.A.Code} ({result.A.Name}) - {result.B.Code} ({result.B.Name}), " +
            $"{result.FromYear}-{result.ToYear}{(filters.Count > 0 ? ", " + string.Join(", ", filters) : "")}");
        foreach (var note in result.A.Notes.Concat(result.B.Notes).Distinct()) console.Line($"note: {note}");
        var first = q.Grouping switch { AlignmentGrouping.Session => "session", AlignmentGrouping.Span => "years", _ => "year" };
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { first, "votes", "agree", "Voeten", "S", "kappa", "pi", "ideal-point dist." })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var r in result.Rows)
        {
            var label = q.Grouping switch
            {
                AlignmentGrouping.Session => $"{r.Session} ({r.FirstYear}{(r.LastYear != r.FirstYear ? $"-{r.LastYear % 100:00}" : "")})",
                AlignmentGrouping.Span => $"{r.FirstYear}-{r.LastYear}",
                _ => $"{r.Year}",
            };
            var votes = $"{r.Votes}/{r.RollCalls}";
            if (r.NoData) table.AddRow(label, votes, "[dim]no data[/]", "", "", "", "", "");
            else table.AddRow(label, votes, N(r.Agree), N(r.AgreeVoeten), N(r.S), N(r.Kappa), N(r.Pi), N(r.IdealPointDistance));
        }
        console.Write(table);
        console.Line("votes = roll calls both voted on / roll calls held (absences are not recorded). Agree: identical votes; Voeten: identical 1, one abstains 0.5, yes-no 0; " +
            "S = 1 - 2d/dmax; kappa, pi: chance-corrected (Häge 2011); ideal points: Bailey, Strezhnev & Voeten (2017).");
    }

    private static string N(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
