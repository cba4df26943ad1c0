using Fulcrum.Events.Dyads;

namespace Fulcrum.App.Contracts;

/// <summary>
/// The events behind one point of a dyad series (a period from <c>from</c> to <c>to</c>): how many
/// match in all, and a page of them, most mentioned first. Actor names and URLs are the data's own:
/// untrusted, to be encoded wherever shown.
/// </summary>
public sealed record DyadEventsContract(string ActorA, string ActorB, bool Directed, DateOnly From, DateOnly To, long Total, IReadOnlyList<EvidenceEventContract> Events) : Contract
{
    public static DyadEventsContract Of(EvidenceQuery q, EvidencePage page, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(page);
        return new(q.Dyad.ActorA, q.Dyad.ActorB, q.Dyad.Directed, q.From, q.To, page.Total, [.. page.Events.Skip(offset).Select(EvidenceEventContract.Of)]);
    }
}
