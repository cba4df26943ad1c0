using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts;

/// <summary>Judges every signpost of a case and updates its scenario probabilities by Bayes' rule.</summary>
public static class SignpostBoard
{
    /// <summary>
    /// Every signpost of <paramref name="c"/> as of <paramref name="asOf"/>, on the data in
    /// <paramref name="data"/> by signpost id (a signpost missing there is "no data"): nothing dated
    /// after <paramref name="asOf"/> is used. A fired or watched alarm on a store series carries the
    /// events behind it, from the signpost's <see cref="SignpostData.Evidence"/>.
    /// </summary>
    public static async Task<SignpostReport> EvaluateAsync(
        Case c, IReadOnlyDictionary<string, SignpostData> data, DateOnly asOf, SignpostEvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(data);
        options ??= SignpostEvaluationOptions.Default;
        var readings = new List<SignpostReading>(c.Signposts.Count);
        foreach (var s in c.Signposts)
        {
            var d = data.TryGetValue(s.Id, out var found) ? found : SignpostData.Unavailable("", "no data were loaded for it");
            readings.Add(await WithEventsAsync(SignpostEvaluator.Evaluate(s, d, asOf, options), d, options, cancellationToken).ConfigureAwait(false));
        }
        var update = BayesUpdate.Apply(c.Scenarios, readings.Where(r => r.Fired).Select(r => r.Signpost));
        var flags = readings.Where(r => r.Fired && r.Signpost.Effect.Flag.Length > 0)
            .Select(r => new SignpostFlag(r.Id, r.Signpost.Effect.Flag, r.Since)).ToList();
        return new SignpostReport(c.Id, asOf, readings, update, flags);
    }

    /// <summary>The reading with the events behind its alarm, when its data knows them.</summary>
    private static async Task<SignpostReading> WithEventsAsync(SignpostReading r, SignpostData data, SignpostEvaluationOptions options, CancellationToken cancellationToken)
    {
        if (r.Evidence.Alarm is not { } alarm || data.Evidence is null || data.Series is null || options.EvidenceEventLimit == 0) return r;
        var events = await data.Evidence.EventsBehindAsync(data.Series, [alarm], options.EvidenceEventLimit, cancellationToken).ConfigureAwait(false);
        return r with { Evidence = r.Evidence with { Alarm = alarm with { Evidence = alarm.Evidence with { Events = events[0] } } } };
    }
}
