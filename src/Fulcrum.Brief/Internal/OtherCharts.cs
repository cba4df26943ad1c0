using Fulcrum.App.Journal;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;
using ScottPlot;

namespace Fulcrum.Brief.Internal;

/// <summary>The tornado, the signposts' prior against posterior, and the journal's probabilities over time.</summary>
internal static class OtherCharts
{
    /// <summary>One horizontal bar per parameter, from the margin at its low end to the margin at its high end; 0 is where the choice is a tie.</summary>
    public static string Tornado(IReadOnlyList<TornadoBar> bars)
    {
        var plot = Svg.NewPlot();
        var shown = bars.Reverse().ToList();
        var plotted = plot.Add.Bars(shown.Select((b, i) => new Bar { Position = i, ValueBase = Math.Min(b.Low, b.High), Value = Math.Max(b.Low, b.High), Size = 0.6 }).ToList());
        plotted.Horizontal = true;
        plotted.LegendText = "EU margin of the choice over its strongest rival, parameter low to high";
        var zero = plot.Add.VerticalLine(0);
        zero.LegendText = "tie";
        Svg.Categories(plot, [.. shown.Select(b => b.Parameter)], left: true);
        plot.XLabel("EU margin");
        plot.ShowLegend(Alignment.LowerRight);
        return Svg.Of(plot, "tornado", height: Math.Max(220, 60 + (28 * shown.Count)));
    }

    /// <summary>Per scenario, the prior beside the probability used (the signposts' posterior, or what resolved it).</summary>
    public static string Probabilities(IReadOnlyList<(string Id, double Prior, double Used)> scenarios, string usedLabel)
    {
        var plot = Svg.NewPlot();
        var prior = plot.Add.Bars(scenarios.Select((s, i) => new Bar { Position = i - 0.2, Value = s.Prior, Size = 0.36 }).ToList());
        prior.LegendText = "prior";
        prior.Color = plot.Add.Palette.GetColor(7);
        var used = plot.Add.Bars(scenarios.Select((s, i) => new Bar { Position = i + 0.2, Value = s.Used, Size = 0.36 }).ToList());
        used.LegendText = usedLabel;
        used.Color = plot.Add.Palette.GetColor(0);
        Svg.Categories(plot, [.. scenarios.Select(s => s.Id)]);
        plot.Axes.SetLimitsY(0, 1);
        plot.YLabel("probability");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg.Of(plot, "prior against posterior");
    }

    /// <summary>Each scenario's probability in every journal entry, by the entry's as-of date.</summary>
    public static string Timeline(IReadOnlyList<JournalEntry> entries)
    {
        var plot = Svg.NewPlot();
        var bodies = entries.Where(e => e.Body is not null).ToList();
        var scenarios = bodies.SelectMany(e => e.Body!.Probabilities.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var k = 0; k < scenarios.Count; k++)
        {
            var with = bodies.Where(e => e.Body!.Probabilities.ContainsKey(scenarios[k])).ToList();
            var line = plot.Add.Scatter(with.Select(e => e.Record.AsOf.ToDateTime(TimeOnly.MinValue)).ToArray(), with.Select(e => e.Body!.Probabilities[scenarios[k]]).ToArray());
            line.LegendText = $"P({scenarios[k]})";
            line.Color = plot.Add.Palette.GetColor(k);
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 1);
        plot.YLabel("probability");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg.Of(plot, "journal timeline");
    }

    /// <summary>The signposts' prior and posterior per scenario.</summary>
    public static IReadOnlyList<(string Id, double Prior, double Used)> Of(ScenarioUpdate update) =>
        [.. update.Scenarios.Select(s => (s.Id, s.Prior, s.Posterior))];
}
