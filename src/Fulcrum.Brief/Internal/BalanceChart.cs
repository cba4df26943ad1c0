using Fulcrum.Watch.Balance;
using ScottPlot;

namespace Fulcrum.Brief.Internal;

/// <summary>One relation track over time: each power's standardised relation, the tilt, and each drawable tolerance band's threshold.</summary>
internal static class BalanceChart
{
    public static string Track(BalanceSheet sheet, RelationTrack track, string label)
    {
        var plot = Svg.NewPlot();
        for (var k = 0; k < sheet.Powers.Count; k++)
        {
            var rows = track.Rows.Where(r => r.Relations[k].Z is not null).ToList();
            if (rows.Count == 0) continue;
            var line = plot.Add.Scatter(rows.Select(r => r.Date.ToDateTime(TimeOnly.MinValue)).ToArray(), rows.Select(r => r.Relations[k].Z!.Value).ToArray());
            line.LegendText = $"z {sheet.Focal}-{sheet.Powers[k]}";
            line.Color = plot.Add.Palette.GetColor(k);
            line.MarkerSize = rows.Count > 60 ? 0 : 4;
        }
        var tilted = track.Rows.Where(r => r.Tilt is not null).ToList();
        if (tilted.Count > 0 && sheet.Powers.Count >= 2)
        {
            var tilt = plot.Add.Scatter(tilted.Select(r => r.Date.ToDateTime(TimeOnly.MinValue)).ToArray(), tilted.Select(r => r.Tilt!.Value).ToArray());
            tilt.LegendText = $"tilt = z({sheet.Powers[0]}) - z({sheet.Powers[1]})";
            tilt.Color = Colors.Gray;
            tilt.LinePattern = LinePattern.Dotted;
            tilt.MarkerSize = 0;
        }
        var k2 = 0;
        foreach (var band in sheet.Bands.Where(b => b.Drawable && b.Relation is not null))
        {
            var index = sheet.Powers.ToList().IndexOf(band.Relation!);
            var threshold = plot.Add.HorizontalLine(band.Threshold, 1.5f, plot.Add.Palette.GetColor(index < 0 ? 5 + k2++ : index), LinePattern.Dashed);
            threshold.LegendText = $"band {band.Tolerance}: breached {(band.Below ? "below" : "above")} {Html.N(band.Threshold, "0.##")}";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.YLabel("standard deviations from the baseline");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg.Of(plot, label);
    }
}
