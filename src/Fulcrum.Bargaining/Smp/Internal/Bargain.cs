namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// A proposed bargain: the initiator and receiver and the position each would adopt (0–1 scale).
/// The status-quo "bargain" of an actor has initiator = receiver and its current position.
/// </summary>
internal sealed record Bargain(int Initiator, int Receiver, double[] InitiatorPosition, double[] ReceiverPosition)
{
    public bool IsStatusQuo => Initiator == Receiver;

    /// <summary>The position <paramref name="actor"/> adopts if this bargain is chosen.</summary>
    public double[] PositionOf(int actor) => actor == Initiator ? InitiatorPosition : ReceiverPosition;
}
