using System.Globalization;
using Fulcrum.App.Bargain;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Bargain;

/// <summary>Renders a <c>bargain</c> run as tables: positions by turn, moves, forecast, robustness.</summary>
public static class BargainView
{
    /// <summary>Beyond this many turns the positions table shows the first and last ones only.</summary>
    private const int MaxTurnColumns = 12;

    public static void Render(IAnsiConsole console, BargainReport r)
    {
        var (trajectory, bdm) = (r.Trajectory, r.Bdm);
        var table = r.Input.Table;
        console.Write(new Rule($"[bold]{CliText.Escape(table.Scenario)}[/] - {r.Model.Name} model").LeftJustified());
        console.Line($"{table.ActorCount} actors, {table.DimensionCount} dimension(s) ({string.Join(", ", table.Dimensions)}), input {r.Input.Layout}, seed {r.Settings.Seed}");
        console.Line(r.Model switch
        {
            SmpModel smp => string.Join("; ", SmpParameterNames.Describe(smp.Parameters)),
            BdmModel b => $"reading: {BdmCompatNames.Name(b.Options.Compat)}",
            _ => "",
        });
        for (var d = 0; d < table.DimensionCount; d++) console.Write(Positions(trajectory, d, table.Dimensions[d]));
        if (trajectory.FinalPositions is { } final) console.Write(FinalPositions(final, table.Dimensions));
        if (bdm is not null) console.Write(Moves(bdm));
        console.MarkupLine($"[bold]Forecast[/]: {string.Join(", ", table.Dimensions.Select((dim, d) => $"{dim} {N(trajectory.Forecast[d])}"))}" +
            (bdm is null ? " (probability-weighted mean of the unique final positions)" : $" (final median; weighted mean {N(trajectory.Turns[^1].Mean ?? double.NaN)})"));
        console.Line($"{trajectory.TurnCount} turns; stopped: {trajectory.StopReason}; {r.Elapsed.TotalMilliseconds:0} ms");
        if (r.Study is { } s) console.Write(Study(s));
        if (r.Drops is { } drops) console.Write(Drops(drops, table));
    }

    private static Table Positions(Trajectory trajectory, int dim, string dimension)
    {
        var turns = trajectory.Turns;
        var shown = turns.Count <= MaxTurnColumns ? turns
            : [.. turns.Take(MaxTurnColumns / 2), .. turns.Skip(turns.Count - MaxTurnColumns / 2)];
        // Win probabilities belong to positions, not actors (actors sharing a position share its
        // probability): each actor names its final position, whose probability the next table gives.
        var final = trajectory.FinalPositions;
        var t = new Table { Title = new TableTitle($"Positions on {CliText.Escape(dimension)} by turn (input scale)"), Border = TableBorder.Rounded };
        t.AddColumn("actor");
        foreach (var turn in shown) t.AddColumn(new TableColumn(turn.Turn.ToString(CultureInfo.InvariantCulture)).RightAligned());
        if (final is not null) t.AddColumn(new TableColumn("final position").RightAligned());
        for (var a = 0; a < trajectory.Actors.Count; a++)
        {
            var cells = shown.Select(turn => N(turn.Positions[a][dim])).ToList();
            if (final is not null) cells.Add(PositionLabel(final, trajectory.Actors[a]));
            t.AddRow([CliText.Escape(trajectory.Actors[a]), .. cells]);
        }
        if (turns[0].Median is not null)
        {
            t.AddRow(["[italic]median[/]", .. shown.Select(turn => N(turn.Median ?? double.NaN))]);
            t.AddRow(["[italic]mean[/]", .. shown.Select(turn => N(turn.Mean ?? double.NaN))]);
        }
        return t;
    }

    /// <summary>"#2": the final position an actor holds, numbered as in <see cref="FinalPositions"/>.</summary>
    private static string PositionLabel(IReadOnlyList<FinalPosition> final, string actor) =>
        final.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Actors.Contains(actor)) is { p: not null } hit ? $"#{hit.i + 1}" : "-";

    private static Table FinalPositions(IReadOnlyList<FinalPosition> final, IReadOnlyList<string> dimensions)
    {
        var t = new Table
        {
            Title = new TableTitle($"Final positions: P(win) per position ({final.Count} distinct; sum {N(final.Sum(p => p.Probability))})"),
            Border = TableBorder.Rounded,
        };
        t.AddColumn("position");
        foreach (var dim in dimensions) t.AddColumn(new TableColumn(CliText.Escape(dim)).RightAligned());
        t.AddColumn(new TableColumn("P(win)").RightAligned());
        t.AddColumn("held by");
        foreach (var (p, i) in final.Select((p, i) => (p, i)))
            t.AddRow([$"#{i + 1}", .. p.Position.Select(N), p.Probability.ToString("0.0000", CultureInfo.InvariantCulture), CliText.Escape(string.Join(", ", p.Actors))]);
        return t;
    }

    private static Table Moves(BdmRun bdm)
    {
        var t = new Table { Title = new TableTitle("Accepted offers (who moved where)"), Border = TableBorder.Rounded };
        foreach (var c in new[] { "turn", "actor", "offer from", "kind", "from", "to" }) t.AddColumn(c);
        foreach (var round in bdm.Rounds)
            foreach (var m in round.Moves)
                t.AddRow(round.Turn.ToString(CultureInfo.InvariantCulture), CliText.Escape(m.Actor), CliText.Escape(m.Proposer),
                    m.Kind.ToString().ToLowerInvariant(), N(m.From), N(m.To));
        if (t.Rows.Count == 0) t.AddRow("-", "nobody moved", "", "", "", "");
        return t;
    }

    private static Table Study(PerturbationResult s)
    {
        var t = new Table
        {
            Title = new TableTitle($"Forecast over {s.Runs.Count} perturbed runs ({s.Spec}){(s.Failures.Count > 0 ? $", {s.Failures.Count} refused" : "")}"),
            Border = TableBorder.Rounded,
        };
        foreach (var c in new[] { "quantity", "p5", "p25", "p50", "p75", "p95", "mean", "unperturbed", "knife edge" }) t.AddColumn(c);
        var edges = s.KnifeEdges;
        for (var d = 0; d < s.Forecast.Count; d++)
        {
            var f = s.Forecast[d];
            t.AddRow(CliText.Escape(f.Dimension), N(f.P5), N(f.P25), N(f.P50), N(f.P75), N(f.P95), N(f.Mean), N(s.Baseline.Forecast[d]),
                edges.Contains(f.Dimension) ? "KNIFE EDGE: outside p5-p95" : "no");
        }
        if (s.FinalMean is { } m)
            t.AddRow("weighted mean", N(m.P5), N(m.P25), N(m.P50), N(m.P75), N(m.P95), N(m.Mean), N(s.Baseline.Turns[^1].Mean ?? double.NaN), "");
        if (edges.Count > 0)
            t.Caption = new TableTitle($"knife edge on {CliText.Escape(string.Join(", ", edges))}: the unperturbed forecast lies outside the perturbed runs' 5-95% band, so the input as given sits where the slightest change moves the outcome; read the band, not the single forecast");
        return t;
    }

    private static Table Drops(DropActorReport drops, ActorTable table)
    {
        var t = new Table { Title = new TableTitle("Drop-actor shocks: the forecast without each actor"), Border = TableBorder.Rounded };
        t.AddColumn("without");
        foreach (var dim in table.Dimensions) { t.AddColumn(CliText.Escape(dim)); t.AddColumn("shift"); }
        foreach (var x in drops.Shocks)
        {
            if (x.Failure is not null) { t.AddRow([CliText.Escape(x.Actor), CliText.Escape(x.Failure), .. Enumerable.Repeat("", 2 * table.DimensionCount - 1)]); continue; }
            t.AddRow([CliText.Escape(x.Actor), .. Enumerable.Range(0, table.DimensionCount).SelectMany(d => new[] { N(x.Forecast[d]), Signed(x.Shift[d]) })]);
        }
        return t;
    }

    private static string N(double x) => double.IsNaN(x) ? "-" : x.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(double x) => x.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
