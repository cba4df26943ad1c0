
namespace Fulcrum.Events.Dyads;

/// <summary>
/// What a store sums for one period of a dyad series: the engine's whole share of the work. The
/// series builder turns these into measures, zero-fills the periods without events and normalises.
/// </summary>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="GoldsteinNeg">The sum of the negative scores (zero or below).</param>
/// <param name="ToneWeightedSum">Σ AvgTone·NumMentions over events with both.</param>
/// <param name="ToneMentions">Σ NumMentions over the same events.</param>
/// <param name="Volume">The normalising volume (all events, or actor A's) when the query asks for it, else 0.</param>
public sealed record DyadCounts(
    DateOnly PeriodStart, long N1, long N2, long N3, long N4,
    double GoldsteinSum, double GoldsteinPos, double GoldsteinNeg,
    double ToneWeightedSum, long ToneMentions, long Volume);
