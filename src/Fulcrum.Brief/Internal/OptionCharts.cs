using Fulcrum.Decision;
using ScottPlot;

namespace Fulcrum.Brief.Internal;

/// <summary>The options' charts: utility, breach probabilities, rank acceptabilities, regret (the appraisal's numbers, drawn by ScottPlot).</summary>
internal static class OptionCharts
{
    /// <summary>
    /// A box plot per option of its utility over the draws: the box from the first to the third
    /// quartile with a line at the median, whiskers from the 5th to the 95th percentile, a diamond at
    /// the expected utility (the mean) and a dot at CVaR10 (the mean of the worst tenth).
    /// </summary>
    public static string Utility(Appraisal a)
    {
        var plot = Svg.NewPlot();
        var boxes = a.Options.Select((o, i) => o.Quartiles is { } q
            ? new Box { Position = i, BoxMin = q.Q1, BoxMax = q.Q3, BoxMiddle = q.Median, WhiskerMin = o.EuLow, WhiskerMax = o.EuHigh }
            : new Box { Position = i, BoxMin = o.EuLow, BoxMax = o.EuHigh }).ToList();
        var plotted = plot.Add.Boxes(boxes);
        plotted.LegendText = "utility: box quartiles with the median, whiskers 5th-95th percentile";
        var positions = Enumerable.Range(0, a.Options.Count).Select(i => (double)i).ToArray();
        var mean = plot.Add.ScatterPoints(positions, [.. a.Options.Select(o => o.ExpectedUtility)]);
        mean.LegendText = "expected utility (mean)";
        mean.MarkerShape = MarkerShape.FilledDiamond;
        mean.MarkerSize = 9;
        mean.Color = Colors.Black;
        var cvar = plot.Add.ScatterPoints(positions, [.. a.Options.Select(o => o.Cvar10)]);
        cvar.LegendText = "CVaR10 (mean of the worst tenth of draws)";
        cvar.MarkerSize = 8;
        cvar.Color = plot.Add.Palette.GetColor(3);
        Svg.Categories(plot, [.. a.Options.Select(o => o.Id)]);
        plot.YLabel("utility (0-1)");
        plot.ShowLegend(Alignment.LowerRight);
        return Svg.Of(plot, "utility of each option");
    }

    /// <summary>Per option, one bar per power: the probability that any of its tolerances is breached.</summary>
    public static string Breach(Appraisal a)
    {
        var plot = Svg.NewPlot();
        var powers = a.Powers.Where(p => a.Options.Any(o => o.Breach[p] is not null)).ToList();
        var width = 0.8 / Math.Max(1, powers.Count);
        for (var k = 0; k < powers.Count; k++)
        {
            var power = powers[k];
            var bars = a.Options.Select((o, i) => new Bar { Position = i - 0.4 + (width * (k + 0.5)), Value = o.Breach[power] ?? 0, Size = width * 0.9 })
                .Where((b, i) => a.Options[i].Breach[power] is not null).ToList();
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = $"P(breach) {power}";
            plotted.Color = plot.Add.Palette.GetColor(k);
        }
        Svg.Categories(plot, [.. a.Options.Select(o => o.Id)]);
        plot.Axes.SetLimitsY(0, 1);
        plot.YLabel("probability");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg.Of(plot, "breach probabilities");
    }

    /// <summary>Per option, a stacked bar of the share of draws in which it ranks 1st, 2nd, … (SMAA rank acceptability).</summary>
    public static string Ranks(Appraisal a)
    {
        var plot = Svg.NewPlot();
        var ranks = a.Options.Count == 0 ? 0 : a.Options.Max(o => o.RankAcceptability.Count);
        var bases = new double[a.Options.Count];
        for (var r = 0; r < ranks; r++)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < a.Options.Count; i++)
            {
                var share = r < a.Options[i].RankAcceptability.Count ? a.Options[i].RankAcceptability[r] : 0;
                bars.Add(new Bar { Position = i, ValueBase = bases[i], Value = bases[i] + share, Size = 0.7 });
                bases[i] += share;
            }
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = $"rank {r + 1}";
            plotted.Color = plot.Add.Palette.GetColor(r);
        }
        Svg.Categories(plot, [.. a.Options.Select(o => o.Id)]);
        plot.Axes.SetLimitsY(0, 1);
        plot.YLabel("share of draws");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg.Of(plot, "rank acceptabilities");
    }

    /// <summary>Per option, mean regret and its 95th percentile.</summary>
    public static string Regret(Appraisal a)
    {
        var plot = Svg.NewPlot();
        var mean = plot.Add.Bars(a.Options.Select((o, i) => new Bar { Position = i - 0.2, Value = o.ExpectedRegret, Size = 0.36 }).ToList());
        mean.LegendText = "mean regret";
        mean.Color = plot.Add.Palette.GetColor(0);
        var tail = plot.Add.Bars(a.Options.Select((o, i) => new Bar { Position = i + 0.2, Value = o.RegretP95, Size = 0.36 }).ToList());
        tail.LegendText = "95th percentile of regret";
        tail.Color = plot.Add.Palette.GetColor(1);
        Svg.Categories(plot, [.. a.Options.Select(o => o.Id)]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("utility lost against the best option in the draw");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg.Of(plot, "regret");
    }
}
