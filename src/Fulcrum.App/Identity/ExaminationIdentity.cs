namespace Fulcrum.App.Identity;

/// <summary>
/// What identifies one examination, so that anyone can say what was judged, on which data, when:
/// the Fulcrum version, the case (id, origin, SHA-256 of its text), the as-of date, the seed and
/// draws (for an appraisal), the data read, and the time it ran (from the host's clock). The journal
/// stores exactly this record.
/// </summary>
/// <param name="FulcrumVersion">The version of Fulcrum that ran it.</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="CaseOrigin"><c>builtin:NAME</c>, or the case file's path as given.</param>
/// <param name="CaseSha256">The SHA-256 of the case's text.</param>
/// <param name="AsOf">The date it was judged as of: no data after it was used.</param>
/// <param name="Seed">The seed of the appraisal's random streams (null when nothing was drawn).</param>
/// <param name="Draws">The appraisal's Monte Carlo draws (null when nothing was drawn).</param>
/// <param name="Data">The data read.</param>
/// <param name="Ran">When it ran, by the host's clock.</param>
public sealed record ExaminationIdentity(
    string FulcrumVersion, string CaseId, string CaseOrigin, string CaseSha256, DateOnly AsOf,
    ulong? Seed, int? Draws, DataRead Data, DateTimeOffset Ran);
