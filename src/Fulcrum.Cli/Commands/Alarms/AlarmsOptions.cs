using System.CommandLine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events.Dyads;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>The options of <c>fulcrum alarms</c>: where the series come from, how they are cut, and the detector's settings.</summary>
public sealed class AlarmsOptions
{
    public Option<string?> Series { get; } = new("--series")
    {
        Description = "The series: a CSV file, long (date,series,value) or wide (date,<s1>,<s2>...), plain or .gz; " +
            "builtin:gdelt-dyads (the real daily GDELT dyad scores of the founding case); or unvotes:A-B[:measure] (yearly UN-vote alignment)",
        HelpName = "FILE",
    };

    public Option<string[]> Dyad { get; } = new("--dyad")
    {
        Description = "A dyad series from the event store instead of --series: two CAMEO country codes, undirected, e.g. --dyad ISR USA; " +
            "each alarm then carries the events behind it (ids, dates, codes, source URLs)",
        HelpName = "A B",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Measure { get; } = Named(Choice("--measure",
        $"With --dyad: the measure of the dyad command to watch: {string.Join(", ", DyadMeasures.All.Select(m => m.Name()))} (default goldstein_sum)",
        [.. DyadMeasures.All.Select(m => m.Name())]), "M");

    public Option<string?> Db { get; } = CommonOptions.Store();

    public Option<string[]> Name { get; } = new("--name")
    {
        Description = "Only the series with this name (repeat for several); default: every series of the source",
        HelpName = "S",
    };

    public Option<string?> By { get; } = Choice("--by", "Period: day, or week (a daily series summed, or averaged with --aggregate mean, over ISO weeks; with --dyad, the store's weekly series); default: the series' own", "day", "week");

    public Option<string?> Aggregate { get; } = Choice("--aggregate", "How days become a week with --by week: sum (counts, summed scores; default) or mean (levels)", "sum", "mean");

    public Option<string?> Method { get; } = Choice("--method", "Detector: cusum (Gaussian CUSUM on z-scores, default), poisson-cusum (counts) or bocpd (Bayesian online change points)", "cusum", "poisson-cusum", "bocpd");

    public Option<DateOnly?> From { get; } = new("--from") { Description = "Report alarms from this date (YYYY-MM-DD); earlier points still serve as baseline", HelpName = "DATE" };

    public Option<DateOnly?> To { get; } = new("--to") { Description = "Use the data up to this date only: what was known that day", HelpName = "DATE" };

    public Option<string?> Gaps { get; } = Choice("--gaps", "What a missing day/week/month/year means: error (default for files), zero (event counts and sums; default for builtin:gdelt-dyads) or skip", "error", "zero", "skip");

    public Option<string?> Higher { get; } = Choice("--higher", "Which way is good, to read alarms as worsening or improving: better or worse (default: known for built-in and UN-vote series, else not said)", "better", "worse");

    public Option<int?> Baseline { get; } = new("--baseline") { Description = "Points in the trailing baseline (default 28 days, 13 weeks, 12 months, 5 years)", HelpName = "N" };

    public Option<double?> K { get; } = new("--k") { Description = "cusum: reference value k in standard deviations (default 0.5: tuned to a one-sd shift)", HelpName = "K" };

    public Option<double?> H { get; } = new("--h") { Description = "cusum, poisson-cusum: decision threshold h (default 5; with a known baseline a false alarm every 465 points)", HelpName = "H" };

    public Option<double?> Shift { get; } = new("--shift") { Description = "poisson-cusum: the shift to detect, in baseline standard deviations (default 1)", HelpName = "SD" };

    public Option<bool> PurePoisson { get; } = new("--pure-poisson") { Description = "poisson-cusum: do not correct for overdispersion (Lucas's Poisson CUSUM as published)" };

    public Option<string?> Model { get; } = Choice("--model", "bocpd: the model within a run: normal (default) or poisson (counts)", "normal", "poisson");

    public Option<double?> RunLength { get; } = new("--run-length") { Description = "bocpd: prior expected run length between changes, in points (default 250; the hazard is its inverse)", HelpName = "N" };

    public Option<double?> Probability { get; } = new("--probability") { Description = "bocpd: posterior probability of a recent change that raises an alarm (default 0.5)", HelpName = "P" };

    public Option<int?> Lookback { get; } = new("--lookback") { Description = "bocpd: how recent a change must be, in points (default: the baseline window)", HelpName = "N" };

    public IEnumerable<Option> All =>
        [Series, Dyad, Measure, Db, Name, By, Aggregate, Method, From, To, Gaps, Higher, Baseline, K, H, Shift, PurePoisson, Model, RunLength, Probability, Lookback];

    private static Option<string?> Named(Option<string?> option, string helpName)
    {
        option.HelpName = helpName;
        return option;
    }

    private static Option<string?> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
