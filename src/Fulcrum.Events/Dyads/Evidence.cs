using Fulcrum.Core.Evidence;

namespace Fulcrum.Events.Dyads;

/// <summary>The events behind a dyad over a span of days (a point of its series): the evidence for an alarm.</summary>
/// <param name="Dyad">The dyad and filters of the series (its span, period, normalisation and dedupe are ignored: every matching event is listed).</param>
/// <param name="From">First event date, inclusive.</param>
/// <param name="To">Last event date, inclusive.</param>
/// <param name="Limit">At most this many events, the most mentioned first (default 20).</param>
public sealed record EvidenceQuery(DyadQuery Dyad, DateOnly From, DateOnly To, int Limit = 20);

/// <summary>A span of event dates, both ends inclusive.</summary>
public readonly record struct EvidenceSpan(DateOnly From, DateOnly To);

/// <summary>The evidence events (most mentioned first, then by date and ID) and how many match in all.</summary>
public sealed record EvidencePage(long Total, IReadOnlyList<EvidenceEvent> Events);
