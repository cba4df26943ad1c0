using System.Globalization;
using Fulcrum.Core.Problems;
using ScottPlot;

namespace Fulcrum.Brief.Internal;

/// <summary>A ScottPlot chart as inline SVG: without its XML declaration, with a view box so that CSS can scale it to the page.</summary>
internal static partial class Svg
{
    public const int Width = 760;
    public const int Height = 300;

    public static string Of(Plot plot, string label, int width = Width, int height = Height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        Preconditions.Require(start >= 0, "ScottPlot's SVG output has an svg element");
        var box = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Html.Encode(label)}\"");
        return box + " " + svg[(start + 4)..].Trim();
    }

    /// <summary>
    /// Skia numbers clip paths from a process-wide counter (<c>cl_N</c>): renamed in order of
    /// appearance under the chart's id, so that the same chart gives the same bytes and two charts
    /// on one page never share an id.
    /// </summary>
    public static string Renumber(string chart, string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Value, out var name)) names[m.Value] = name = string.Create(CultureInfo.InvariantCulture, $"{chart}-clip{names.Count}");
            return name;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-z]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    /// <summary>A plot with the page's look: white, no frame clutter, legend below the data.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        return plot;
    }

    /// <summary>Category labels under positions 0, 1, …</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels, bool left = false)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        if (left) plot.Axes.Left.SetTicks(positions, [.. labels]);
        else plot.Axes.Bottom.SetTicks(positions, [.. labels]);
    }
}
