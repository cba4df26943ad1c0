namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The order in which one turn's bargains enter the queues (by initiator) and in which the
/// actors' stochastic draws are made. Fulcrum always uses actor order. KTAB used whatever order
/// its threads happened to finish in, which its log records; replaying that order is how the tests
/// reproduce KTAB's own stochastic reference run. Not part of the public model.
/// </summary>
internal sealed record TurnOrder(int[] Initiators, int[] Draws);
