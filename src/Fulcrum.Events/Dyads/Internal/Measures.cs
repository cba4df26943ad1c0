
namespace Fulcrum.Events.Dyads.Internal;

/// <summary>The measures of one period from the store's sums (definitions in <see cref="DyadMeasure"/>).</summary>
internal static class Measures
{
    public static DyadPoint Of(DyadCounts c, DateOnly end)
    {
        var events = c.N1 + c.N2 + c.N3 + c.N4;
        return new DyadPoint(
            c.PeriodStart, end, c.N1, c.N2, c.N3, c.N4, events,
            c.GoldsteinSum, c.GoldsteinPos, c.GoldsteinNeg,
            events == 0 ? null : c.GoldsteinSum / events,
            c.N1 + (2 * c.N2) - (c.N3 + (2 * c.N4)),
            c.ToneMentions == 0 ? null : c.ToneWeightedSum / c.ToneMentions);
    }
}
