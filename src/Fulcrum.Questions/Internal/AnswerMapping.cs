using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions.Internal;

/// <summary>Turns a batch of forecasts into what the question sets, and puts it into the case.</summary>
internal static class AnswerMapping
{
    /// <summary>The largest size of a mapped effect: the case's own bound on numbers.</summary>
    private const double LargestEffect = 1e12;

    /// <summary>One option's answer from its runs; a forecast no level's range holds is a problem.</summary>
    public static Checked<OptionAnswer> For(Question q, string option, QuestionRuns runs, string caseName)
    {
        var forecast = ForecastDistribution.Of(q.Id, runs.Forecasts);
        var n = runs.Forecasts.Count;
        switch (q.MapsTo)
        {
            case FactorTarget f:
                {
                    var counts = f.Levels.ToDictionary(l => l.Level, _ => 0, StringComparer.Ordinal);
                    var outside = new List<double>();
                    foreach (var x in runs.Forecasts)
                    {
                        if (f.LevelOf(x) is { } level) counts[level]++;
                        else outside.Add(x);
                    }
                    if (outside.Count > 0)
                        return Fail(caseName, $"question '{q.Id}' under option '{option}': {outside.Count} of {n} forecasts ({string.Join(", ", outside.Take(3).Select(x => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}{(outside.Count > 3 ? ", …" : "")}) lie outside the levels' ranges [{f.Levels[0].Low:R}, {f.Levels[^1].High:R}]",
                            "widen the lowest or the highest level's range in maps_to so that it holds every forecast");
                    return Checked<OptionAnswer>.Success(new OptionAnswer(option, runs.Unperturbed, forecast, runs.Refused,
                        f.Levels.ToDictionary(l => l.Level, l => (double)counts[l.Level] / n, StringComparer.Ordinal), null));
                }
            case InterestTarget t:
                {
                    var effects = Effects(t, runs);
                    if (effects.Any(e => !(Math.Abs(e) <= LargestEffect)))
                        return Fail(caseName, $"question '{q.Id}' under option '{option}' maps a forecast to an effect on '{t.Interest}' beyond ±1e12",
                            "check the effect's from/to: a steep line from a narrow range of positions");
                    var d = ForecastDistribution.Of(t.Interest, effects);
                    return Checked<OptionAnswer>.Success(new OptionAnswer(option, runs.Unperturbed, forecast, runs.Refused, null, new EffectSummary(d.Mean, d.P5, d.P95)));
                }
            default:
                throw new ArgumentException($"unknown question target {q.MapsTo.GetType().Name}", nameof(q));
        }
    }

    /// <summary>
    /// The case with <paramref name="answer"/> in it: the factor's probabilities per option, or the
    /// interest's effect per option under every scenario (<paramref name="runs"/>: each option's batch).
    /// </summary>
    public static Case Apply(Case c, QuestionAnswer answer, IReadOnlyList<QuestionRuns> runs)
    {
        var source = $"question {answer.Id}: {answer.Runs} runs of the {answer.ModelName} model per option";
        switch (answer.MapsTo)
        {
            case FactorTarget f:
                var byOption = answer.Options.ToDictionary(o => o.Option, o => o.Levels!, StringComparer.Ordinal);
                return c with { Factors = [.. c.Factors.Select(x => x.Id == f.Factor ? x with { ByOption = byOption } : x)] };
            case InterestTarget t:
                var index = c.Options.Select((o, k) => (o.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
                var distributions = runs.Select(r => new Effect(new EmpiricalDistribution(Effects(t, r)), source)).ToArray();
                return c with
                {
                    Reactions = [.. c.Reactions.Select(r => r with
                    {
                        Effects = new Dictionary<string, Effect>(r.Effects, StringComparer.Ordinal) { [t.Interest] = distributions[index[r.Option]] },
                    })],
                };
            default:
                throw new ArgumentException($"unknown question target {answer.MapsTo.GetType().Name}", nameof(answer));
        }
    }

    /// <summary>Each run's forecast mapped to an effect, ascending.</summary>
    private static double[] Effects(InterestTarget t, QuestionRuns runs)
    {
        var effects = runs.Forecasts.Select(t.Map.Apply).ToArray();
        Array.Sort(effects);
        return effects;
    }

    private static Checked<OptionAnswer> Fail(string file, string message, string hint) =>
        Checked<OptionAnswer>.Failure([new Problem(file, 0, 0, message, hint)]);
}
