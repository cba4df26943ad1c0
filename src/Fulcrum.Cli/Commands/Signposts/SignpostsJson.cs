using Fulcrum.Cli.Commands.Alarms;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>The --json shape of <c>fulcrum signposts</c> (snake_case through JsonOutput); examine reuses <see cref="Readings"/>.</summary>
public static class SignpostsJson
{
    public static object Of(SignpostReport report) => new
    {
        @case = report.Case,
        as_of = report.AsOf,
        signposts = Readings(report),
        flags = report.Flags.Select(f => new { signpost = f.Signpost, text = f.Text, since = f.Since }),
        scenarios = Scenarios(report.Update),
        moved_by = report.Update.MovedBy,
    };

    public static IEnumerable<object> Scenarios(ScenarioUpdate update) => update.Scenarios.Select(s => new
    {
        id = s.Id,
        name = s.Name,
        prior = s.Prior,
        posterior = s.Posterior,
        factors = s.Factors.Select(f => new { signpost = f.Signpost, ratio = f.Ratio }),
    });

    public static IEnumerable<object> Readings(SignpostReport report) => report.Readings.Select(r => new
    {
        id = r.Id,
        name = r.Signpost.Name,
        state = r.State,
        since = r.Since,
        indicator = r.Evidence.Origin,
        rule = r.Rule,
        statistic = r.Statistic,
        threshold = r.Threshold,
        period = r.Period,
        data_through = r.DataThrough,
        reason = r.Reason,
        effect = new
        {
            likelihood_ratios = r.Signpost.Effect.LikelihoodRatios.Count > 0 ? r.Signpost.Effect.LikelihoodRatios : null,
            flag = r.Signpost.Effect.Flag.Length > 0 ? r.Signpost.Effect.Flag : null,
        },
        evidence = new
        {
            alarm = r.Evidence.Alarm is { } a ? AlarmsJson.Alarm(a) : null,
            points = r.Evidence.Points.Select(p => new { date = p.Date, value = p.Value }),
            observation = r.Evidence.Observation is Observation o ? new { date = o.Date, fired = o.Fired, note = o.Note, source = o.Source } : null,
        },
    });
}
