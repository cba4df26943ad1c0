using System.CommandLine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;

namespace Fulcrum.Cli.Commands.Dyad;

/// <summary>The arguments and options of <c>fulcrum dyad</c>, and the query they make.</summary>
public sealed class DyadOptions
{
    public Argument<string> A { get; } = new("A") { Description = "The first actor's CAMEO country code, e.g. ISR (the focal actor for --normalize actor)" };
    public Argument<string> B { get; } = new("B") { Description = "The second actor's CAMEO country code, e.g. USA" };
    public Option<string?> Db { get; } = CommonOptions.Store();
    public Option<bool> Directed { get; } = new("--directed") { Description = "Only events of A (actor 1) toward B (actor 2); default both directions" };
    public Option<string> By { get; } = new("--by") { Description = "The period: day, week (ISO, Monday to Sunday) or month", DefaultValueFactory = _ => "week", HelpName = "day|week|month" };
    public Option<string?> From { get; } = new("--from") { Description = "First event date, YYYY-MM-DD (default: the store's first)", HelpName = "DATE" };
    public Option<string?> To { get; } = new("--to") { Description = "Last event date, YYYY-MM-DD (default: the store's last)", HelpName = "DATE" };
    public Option<bool> StateActors { get; } = new("--state-actors") { Description = "Only events whose two actors are the state: the country itself, or its government, military, police, judiciary, intelligence or legislature" };
    public Option<bool> RootOnly { get; } = new("--root-only") { Description = "Only GDELT root events (IsRootEvent = 1; ICEWS events have no such flag and drop out)" };
    public Option<int?> MinMentions { get; } = new("--min-mentions") { Description = "Only events with at least N mentions (ICEWS events have none and drop out)", HelpName = "N" };
    public Option<bool> Dedupe { get; } = new("--dedupe") { Description = "Count once the events of the same day, directed dyad and event code" };
    public Option<string[]> Roots { get; } = new("--roots") { Description = "Only these CAMEO root codes, e.g. --roots 14 19 (or 14,19)", AllowMultipleArgumentsPerToken = true, HelpName = "CODE" };
    public Option<string> Normalize { get; } = new("--normalize") { Description = "none; total (share of all events in the period); actor (share of A's events); zscore (against the trailing --baseline)", DefaultValueFactory = _ => "none", HelpName = "none|total|actor|zscore" };
    public Option<int?> Baseline { get; } = new("--baseline") { Description = "Periods in the z-score baseline (default 60 days, 12 weeks or 12 months)", HelpName = "N" };
    public Option<bool> Csv { get; } = new("--csv") { Description = "Print the series as CSV (period_start,period_end,n1,…,tone)" };

    public void AddTo(Command command)
    {
        By.AcceptOnlyFromAmong("day", "week", "month");
        Normalize.AcceptOnlyFromAmong("none", "total", "actor", "zscore");
        command.Arguments.Add(A);
        command.Arguments.Add(B);
        foreach (var option in new Option[] { Db, Directed, By, From, To, StateActors, RootOnly, MinMentions, Dedupe, Roots, Normalize, Baseline, Csv })
            command.Options.Add(option);
    }

    public DyadQuery Query(CommandContext context) => new()
    {
        ActorA = (context.Value(A) ?? "").Trim().ToUpperInvariant(),
        ActorB = (context.Value(B) ?? "").Trim().ToUpperInvariant(),
        Directed = context.Value(Directed),
        By = PeriodCalendar.Parse(context.Value(By)) ?? Period.Week,
        From = CommonOptions.Date(context, From),
        To = CommonOptions.Date(context, To),
        StateActorsOnly = context.Value(StateActors),
        RootEventsOnly = context.Value(RootOnly),
        MinMentions = context.Value(MinMentions),
        Dedupe = context.Value(Dedupe),
        Roots = [.. (context.Value(Roots) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(r => r.Length == 1 ? "0" + r : r)],
        Normalize = Enum.Parse<DyadNormalization>(context.Value(Normalize) ?? "none", ignoreCase: true),
        Baseline = context.Value(Baseline),
    };
}
