namespace Fulcrum.App.Journal;

/// <summary>A recorded outcome: from <paramref name="Date"/> on, <paramref name="Scenario"/> of case <paramref name="CaseId"/> is what happened.</summary>
/// <param name="Id">Its journal record (0 for an outcome given to one run and not recorded).</param>
/// <param name="Recorded">When it was recorded.</param>
public sealed record ScenarioOutcome(long Id, string CaseId, string Scenario, DateOnly Date, string? Note, DateTimeOffset Recorded)
{
    /// <summary>How an examination says it used the outcome.</summary>
    public string Sentence => $"outcome recorded: {Scenario} happened on {Date:yyyy-MM-dd}" + (Note is { Length: > 0 } n ? $" ({n})" : "");
}
