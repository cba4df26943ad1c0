namespace Fulcrum.Bargaining.Bdm;

/// <summary>
/// A Bueno de Mesquita run in full: the trajectory every model returns, plus what happened in each
/// round (risk exponents and accepted offers), which an analyst needs to trace a forecast.
/// </summary>
/// <param name="Trajectory">Positions, median and mean per turn; forecast = final median.</param>
/// <param name="Rounds">Round 1 onwards, in order (turn 0, the input, has no round).</param>
public sealed record BdmRun(Trajectory Trajectory, IReadOnlyList<BdmRound> Rounds);

/// <summary>One round: each actor's risk exponent and the offers actors accepted.</summary>
/// <param name="Turn">1-based round number (the turn it produced).</param>
/// <param name="RiskExponents">Actor index (input order) → risk exponent r, in [0.5, 2].</param>
/// <param name="Moves">The accepted offers, in input order of the actor that moved.</param>
public sealed record BdmRound(int Turn, IReadOnlyList<double> RiskExponents, IReadOnlyList<BdmMove> Moves);

/// <summary>An offer that an actor accepted: it moves from <see cref="From"/> to <see cref="To"/>.</summary>
/// <param name="Actor">The actor that moves (the receiver of the offer).</param>
/// <param name="Proposer">The actor whose offer it accepted.</param>
/// <param name="Kind">Confrontation (lost), compromise or capitulation.</param>
/// <param name="From">The receiver's position before the round, input scale.</param>
/// <param name="To">Its position after the round, input scale.</param>
/// <param name="ActorEu">The receiver's expected utility of challenging the proposer, as the receiver sees it.</param>
/// <param name="ProposerEu">The proposer's expected utility of challenging the receiver, as the receiver sees it.</param>
public sealed record BdmMove(
    string Actor, string Proposer, BdmOfferKind Kind, double From, double To, double ActorEu, double ProposerEu);

/// <summary>The three outcomes of an offer that move its receiver (Scholz et al. 2011, the EU quadrants).</summary>
public enum BdmOfferKind
{
    /// <summary>Both sides expect to gain from a challenge and the proposer expects more: the receiver loses and takes the proposer's position.</summary>
    Confrontation,

    /// <summary>The proposer expects to gain and the receiver to lose, by less: the receiver moves part of the way, by |EU_receiver / EU_proposer|.</summary>
    Compromise,

    /// <summary>The proposer expects to gain and the receiver to lose, by more: the receiver gives in and takes the proposer's position.</summary>
    Capitulation,
}
