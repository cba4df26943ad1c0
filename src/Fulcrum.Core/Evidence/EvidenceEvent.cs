namespace Fulcrum.Core.Evidence;

/// <summary>
/// One event as evidence — behind a point of a dyad series or an alarm: who did what to whom,
/// when, how it scores, and where it was reported. The one record every store, detector and
/// report uses for an event shown as evidence.
/// </summary>
/// <param name="Dataset">gdelt1, gdelt2 or icews.</param>
/// <param name="EventId">The event's id in its dataset (GDELT GlobalEventID, ICEWS Event ID).</param>
/// <param name="EventDate">The day of the event.</param>
/// <param name="Actor1Code">Actor 1's CAMEO code as coded (e.g. <c>RUSGOV</c>).</param>
/// <param name="Actor1Name">Actor 1's name as the data gives it (untrusted text).</param>
/// <param name="Actor1CountryCode">Actor 1's CAMEO country code.</param>
/// <param name="Actor2Code">Actor 2's CAMEO code as coded.</param>
/// <param name="Actor2Name">Actor 2's name as the data gives it (untrusted text).</param>
/// <param name="Actor2CountryCode">Actor 2's CAMEO country code.</param>
/// <param name="EventCode">The CAMEO event code (empty for an event from a file that gives only its quad class).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="GoldsteinScale">The Goldstein score of the event code (null when a file gives neither it nor the code).</param>
/// <param name="NumMentions">Mentions (GDELT; null for ICEWS).</param>
/// <param name="AvgTone">Mean tone of the mentioning articles (GDELT; null for ICEWS).</param>
/// <param name="SourceUrl">The article the event was coded from, when the data has it (untrusted text).</param>
public sealed record EvidenceEvent(
    string Dataset, long EventId, DateOnly EventDate,
    string? Actor1Code, string? Actor1Name, string? Actor1CountryCode,
    string? Actor2Code, string? Actor2Name, string? Actor2CountryCode,
    string EventCode, int QuadClass, double? GoldsteinScale, int? NumMentions, double? AvgTone, string? SourceUrl);
