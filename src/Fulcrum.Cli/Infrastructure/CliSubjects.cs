using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>The CLI's words for the parameters problems are about: each subject's flag.</summary>
public static class CliSubjects
{
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [Subjects.Case] = "--case",
        [Subjects.Store] = "--db",
        [Subjects.AsOf] = "--as-of",
        [Subjects.From] = "--from",
        [Subjects.To] = "--to",
        [Subjects.Baseline] = "--baseline",
        [Subjects.Source] = "--source",
        [Subjects.ScenarioProbabilities] = "--scenario-probabilities",
        [Subjects.Draws] = "--draws",
        [Subjects.Seed] = "--seed",
        [Subjects.Series] = "--series",
        [Subjects.Dyad] = "--dyad",
        [Subjects.Measure] = "--measure",
        [Subjects.Period] = "--by",
        [Subjects.Method] = "--method",
        [Subjects.Format] = "--format",
        [Subjects.Output] = "--out",
        [Subjects.Actors] = "--actors",
        [Subjects.MinMentions] = "--min-mentions",
        [Subjects.Roots] = "--roots",
        [Subjects.Runs] = "--runs",
        [Subjects.Perturb] = "--perturb",
        [Subjects.DropActor] = "--drop-actor",
        [Subjects.MaxTurns] = "--max-turns",
        [Subjects.Model] = "--model",
        [Subjects.Compat] = "--compat",
        [Subjects.Name] = "--name",
        [Subjects.Aggregate] = "--aggregate",
        [Subjects.Gaps] = "--gaps",
        [Subjects.Higher] = "--higher",
        [Subjects.ReferenceShift] = "--k",
        [Subjects.Threshold] = "--h",
        [Subjects.Shift] = "--shift",
        [Subjects.PurePoisson] = "--pure-poisson",
        [Subjects.RunLength] = "--run-length",
        [Subjects.Probability] = "--probability",
        [Subjects.Lookback] = "--lookback",
        [Subjects.Paths] = "PATH",
        [Subjects.Limit] = "--limit",
        [Subjects.Option] = "--option",
        [Subjects.Target] = "--target",
        [Subjects.RegretThreshold] = "--threshold",
        [App.Journal.JournalSubjects.Id] = "ID",
        [App.Journal.JournalSubjects.Scenario] = "SCENARIO",
        [App.Journal.JournalSubjects.Date] = "--date",
        [App.Journal.JournalSubjects.Every] = "--every",
        [App.Journal.JournalSubjects.Outcome] = "--outcome",
        [Elicitation.ElicitationSubjects.Panel] = "--panel",
        [App.Feeds.FeedSubjects.Feed] = "--feed",
        [App.Feeds.FeedSubjects.Into] = "--into",
        [App.Feeds.FeedSubjects.Interval] = "--interval",
        [App.Feeds.FeedSubjects.Cycles] = "--max-cycles",
        [App.Feeds.FeedSubjects.Move] = "--alert-move",
        [App.Feeds.FeedSubjects.AlertUrl] = "--alert-url",
        [Web.FulcrumWebOptions.UrlsSubject] = "--urls",
        [Web.FulcrumWebOptions.TokenSubject] = "--token",
    };

    /// <summary>The flag for a subject (<c>as_of</c> → <c>--as-of</c>); an unknown subject as it is.</summary>
    public static string Flag(string subject) => Flags.TryGetValue(subject, out var flag) ? flag : subject;

    /// <summary>Every subject the CLI knows a flag for.</summary>
    public static IReadOnlyCollection<string> Known => Flags.Keys;
}
