namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>One reading of the model: the median, the mean and one round, on positions in engine order.</summary>
internal interface IBdmEngine
{
    BdmActors Actors { get; }

    double Median(ReadOnlySpan<double> x);

    double Mean(ReadOnlySpan<double> x);

    /// <summary>
    /// Plays one round from positions <paramref name="x"/>: writes the new positions into
    /// <paramref name="next"/>, the risk exponents into <paramref name="risk"/>, and returns the accepted
    /// offers as (receiver, proposer, kind, receiver's EU, proposer's EU), engine indices.
    /// </summary>
    IReadOnlyList<EngineMove> Round(ReadOnlySpan<double> x, Span<double> next, Span<double> risk);
}

/// <summary>An accepted offer in engine indices.</summary>
internal readonly record struct EngineMove(int Receiver, int Proposer, BdmOfferKind Kind, double To, double ReceiverEu, double ProposerEu);
