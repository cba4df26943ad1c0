using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal.Internal;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.App.Journal;

/// <summary>A journalled examination: the record as stored and its body read back (null when the body is not an examination's).</summary>
public sealed record JournalEntry(JournalRecord Record, JournalBody? Body)
{
    public long Id => Record.Id;

    internal static JournalEntry Of(JournalRecord record) => new(record, JournalJson.Read<JournalBody>(record.Body));

    /// <summary>An examination's body without its diff (the diff needs the case's previous entry).</summary>
    internal static JournalBody BodyOf(Examination e)
    {
        var a = e.Appraisal;
        var signposts = e.Signposts?.Readings.Select(r => new JournalSignpost(r.Id, r.State, r.Since, r.Rule, r.Evidence.Origin, r.Reason) { NoDataSince = r.NoDataSince }).ToList() ?? [];
        return new JournalBody(
            IdentityContract.Of(e.Identity), a.ProbabilitySource, signposts,
            a.Scenarios.ToDictionary(s => s.Id, s => s.Probability, StringComparer.Ordinal),
            [.. a.Options.Select(o => new JournalOption(o.Id, o.Name, o.ExpectedUtility, o.Cvar10, o.PBest, o.ExpectedRegret, o.Admissible))],
            a.Recommendation.Option, a.Recommendation.Reason, a.Recommendation.Status,
            new JournalDiff(null, false, [], [], null, []));
    }
}
