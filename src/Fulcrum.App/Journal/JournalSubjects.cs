namespace Fulcrum.App.Journal;

/// <summary>What a journal request's problems are about, beside <see cref="Core.Problems.Subjects"/>; a host maps each to its own words.</summary>
public static class JournalSubjects
{
    /// <summary>A journal record's id.</summary>
    public const string Id = "journal_id";
    /// <summary>The scenario an outcome resolves.</summary>
    public const string Scenario = "scenario";
    /// <summary>The date an outcome happened.</summary>
    public const string Date = "date";
    /// <summary>How often a replay examines (every day or week).</summary>
    public const string Every = "every";
    /// <summary>An outcome given to a replay (SCENARIO=DATE).</summary>
    public const string Outcome = "outcome";
}
