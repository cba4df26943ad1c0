using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts;

/// <summary>Judges every signpost of a case and updates its scenario probabilities by Bayes' rule.</summary>
public static class SignpostBoard
{
    /// <summary>
    /// Every signpost of <paramref name="c"/> as of <paramref name="asOf"/> (default: the case's
    /// as_of; never later, since the case knows nothing after it), on the data in
    /// <paramref name="data"/> by signpost id (a signpost missing there is "no data").
    /// </summary>
    public static SignpostReport Evaluate(Case c, IReadOnlyDictionary<string, SignpostData> data, DateOnly? asOf = null, SignpostEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(data);
        var date = asOf ?? c.AsOf;
        if (date > c.AsOf)
            throw new ArgumentOutOfRangeException(nameof(asOf), date, $"case {c.Id} is as of {c.AsOf:yyyy-MM-dd}; it knows nothing after that date");
        var readings = c.Signposts
            .Select(s => SignpostEvaluator.Evaluate(s, data.TryGetValue(s.Id, out var d) ? d : SignpostData.Unavailable("", "no data were loaded for it"), date, options))
            .ToList();
        var update = BayesUpdate.Apply(c.Scenarios, readings.Where(r => r.Fired).Select(r => r.Signpost));
        var flags = readings.Where(r => r.Fired && r.Signpost.Effect.Flag.Length > 0)
            .Select(r => new SignpostFlag(r.Id, r.Signpost.Effect.Flag, r.Since)).ToList();
        return new SignpostReport(c.Id, date, readings, update, flags);
    }
}
