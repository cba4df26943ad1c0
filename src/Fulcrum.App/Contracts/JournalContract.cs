using Fulcrum.App.Journal;

namespace Fulcrum.App.Contracts;

/// <summary><c>journal</c> as JSON: the journalled examinations, oldest first.</summary>
public sealed record JournalContract(string Store, IReadOnlyList<JournalContract.Entry> Entries) : Contract
{
    public static JournalContract Of(string store, IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(store, [.. entries.Select(Entry.Of)]);
    }

    /// <summary>One entry: when, as of what date, which case, the probabilities, the recommendation, and what changed in words.</summary>
    public sealed record Entry(
        long Id, DateTimeOffset Time, DateOnly AsOf, string CaseId, string CaseSha256,
        IReadOnlyDictionary<string, double> Probabilities, string? Recommendation, string Summary)
    {
        public static Entry Of(JournalEntry e)
        {
            ArgumentNullException.ThrowIfNull(e);
            var r = e.Record;
            return new(r.Id, r.Time, r.AsOf, r.CaseId, r.CaseSha256, e.Body?.Probabilities ?? new Dictionary<string, double>(),
                e.Body?.Recommendation, e.Body is { } b ? string.Join("; ", b.Diff.Summary) : "the entry's body cannot be read (see journal verify)");
        }
    }
}

/// <summary><c>journal show</c> as JSON: one entry whole, with its hashes.</summary>
public sealed record JournalEntryContract(long Id, DateTimeOffset Time, string PreviousHash, string Hash, JournalBody Body) : Contract
{
    public static JournalEntryContract Of(JournalEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Record.Time, e.Record.PreviousHash, e.Record.Hash, e.Body!);
    }
}

/// <summary><c>journal diff</c> as JSON: what changed from one entry to another.</summary>
public sealed record JournalDiffContract(long From, long To, JournalDiff Diff) : Contract
{
    public static JournalDiffContract Of(JournalComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.First.Id, c.Second.Id, c.Diff);
    }
}

/// <summary><c>journal verify</c> as JSON: whether every entry is as written.</summary>
public sealed record JournalVerifyContract(string Store, long Entries, bool Intact, long? FirstBad, string? Reason, string? Head) : Contract;

/// <summary><c>outcome record</c> as JSON: the outcome recorded.</summary>
public sealed record OutcomeContract(long Id, string CaseId, string Scenario, DateOnly Date, string? Note, DateTimeOffset Recorded) : Contract
{
    public static OutcomeContract Of(ScenarioOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.CaseId, o.Scenario, o.Date, o.Note, o.Recorded);
    }
}

/// <summary><c>journal score</c> as JSON: each scored forecast, the mean scores by horizon, the calibration table.</summary>
public sealed record JournalScoreContract(
    string Store, IReadOnlyList<ScoredForecast> Forecasts, IReadOnlyList<HorizonScore> Horizons, IReadOnlyList<CalibrationBin> Calibration) : Contract
{
    public static JournalScoreContract Of(string store, ForecastScores s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(store, s.Forecasts, s.Horizons, s.Calibration);
    }
}
