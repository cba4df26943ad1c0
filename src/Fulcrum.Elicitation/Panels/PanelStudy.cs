using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// Appraises a case under a panel's inputs (docs/elicitation.md): under the aggregate, under each
/// analyst's, and, for every input, under the aggregate with one analyst's value of that input alone —
/// to name the inputs on which the panel disagrees enough to change the answer. A weight swap replaces
/// one interest's aggregate weight (the others keep theirs; the engine normalises). A probability swap
/// sets one scenario's probability and rescales the others in proportion so they still sum to 1. Every
/// run uses the caller's appraisal options (same draws and seed: common random numbers across runs)
/// without the sensitivity analysis.
/// </summary>
public static class PanelStudy
{
    /// <summary>Below this a swapped value is the aggregate's own, and the swap needs no appraisal.</summary>
    public const double SameValue = 1e-9;

    public static Checked<PanelStudyResult> Run(Case c, Panel panel, AppraisalOptions appraisal, PanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(appraisal);
        Preconditions.Require(panel.Case == c.Id && panel.Interests.SequenceEqual(c.Interests.Select(i => i.Id)), "the panel was read against this case");
        var aggregated = PanelAggregation.Aggregate(panel, options);
        if (aggregated.Value is not { } agg) return Checked<PanelStudyResult>.Failure(aggregated.Problems);
        var run = appraisal with { Sensitivity = false };
        var problems = new List<Problem>();

        Appraisal? Appraise(IReadOnlyList<double>? weights, IReadOnlyList<double>? probabilities, string source)
        {
            var weighted = weights is null ? c : c with { Interests = [.. c.Interests.Select((i, k) => i with { Weight = new Interval(weights[k], weights[k]) })] };
            var p = probabilities is null ? Checked<ScenarioProbabilities>.Success(ScenarioProbabilities.Priors(c))
                : ScenarioProbabilities.From(c, [.. panel.Scenarios.Select((s, k) => KeyValuePair.Create(s, probabilities[k]))], source);
            var result = p.Value is { } sp ? Appraiser.Appraise(weighted, sp, run) : Checked<Appraisal>.Failure(p.Problems);
            problems.AddRange(result.Problems);
            return result.Value;
        }

        var aggregate = Appraise(agg.Weights, agg.Probabilities, $"panel ({agg.ProbabilityRule})");
        var analysts = panel.Analysts.Select(a => (a.Name, Appraisal: Appraise(a.Weights, a.Probabilities, $"analyst {a.Name}"))).ToList();
        if (aggregate is null || problems.Count > 0) return Checked<PanelStudyResult>.Failure(problems);

        var inputs = new List<InputDisagreement>();
        if (agg.Weights is { } w)
            for (var i = 0; i < panel.Interests.Count; i++)
                inputs.Add(Swaps(InputKind.Weight, panel.Interests[i], w[i], panel, a => a.Weights![i], v => Appraise(With(w, i, v), agg.Probabilities, "panel")!, aggregate));
        if (agg.Probabilities is { } p)
            for (var s = 0; s < panel.Scenarios.Count; s++)
                inputs.Add(Swaps(InputKind.Probability, panel.Scenarios[s], p[s], panel, a => a.Probabilities![s], v => Appraise(agg.Weights, Rescaled(p, s, v), "panel")!, aggregate));
        if (problems.Count > 0) return Checked<PanelStudyResult>.Failure(problems);
        return Checked<PanelStudyResult>.Success(new PanelStudyResult(agg, aggregate, [.. analysts.Select(x => new AnalystAppraisal(x.Name, x.Appraisal!))], inputs));
    }

    private static InputDisagreement Swaps(InputKind kind, string id, double value, Panel panel, Func<AnalystInput, double> valueOf,
        Func<double, Appraisal?> appraiseWith, Appraisal aggregate)
    {
        var baseline = aggregate.Recommendation.Option;
        var swaps = panel.Analysts.Select(a =>
        {
            var v = valueOf(a);
            if (Math.Abs(v - value) <= SameValue) return new InputSwap(a.Name, v, baseline, Changes: false, Ran: false);
            var option = appraiseWith(v)?.Recommendation.Option ?? baseline;
            return new InputSwap(a.Name, v, option, option != baseline, Ran: true);
        }).ToList();
        return new InputDisagreement(kind, id, value, swaps);
    }

    private static double[] With(IReadOnlyList<double> values, int index, double value)
    {
        var copy = values.ToArray();
        copy[index] = value;
        return copy;
    }

    /// <summary>Probability <paramref name="value"/> for scenario <paramref name="s"/>, the others scaled to fill the rest (shared equally when they held nothing).</summary>
    internal static double[] Rescaled(IReadOnlyList<double> p, int s, double value)
    {
        var rest = 1 - p[s];
        var copy = new double[p.Count];
        for (var k = 0; k < p.Count; k++)
            copy[k] = k == s ? value : rest > 0 ? p[k] * (1 - value) / rest : (1 - value) / (p.Count - 1);
        return copy;
    }
}
