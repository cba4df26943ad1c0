using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Discovery;

/// <summary>
/// Runs the appraisal's draws and PRIM over them: the dimensions are the scenario, each factor's
/// level, each interest's normalised weight, the quantile behind each interest's effects and each
/// power's relation shift (the common random numbers), and whether each watched signpost fired; the
/// outcome is whether the option fails in the draw.
/// </summary>
public static class ScenarioDiscovery
{
    public static Checked<Discovery> Discover(Case c, ScenarioProbabilities probabilities, AppraisalOptions options, DiscoveryTarget target, PrimOptions? prim = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        var check = Appraiser.Appraise(c, probabilities, options with { Draws = AppraisalOptions.MinDraws, Sensitivity = false });
        if (!check.Ok) return Checked<Discovery>.Failure(check.Problems);
        var problems = CheckTarget(c, target);
        if (problems.Count > 0) return Checked<Discovery>.Failure(problems);
        var m = CompiledCase.Compile(c, probabilities).ValueOrThrow();
        var store = Appraiser.Sample(m, options with { Sensitivity = false });
        var x = Measures.Compute(m, store, options);
        var option = target.Option ?? Recommender.Recommend(m, x, store, options).Option;
        var k = c.Options.Select(o => o.Id).ToList().IndexOf(option);
        var (outcome, failure) = Outcome(m, store, x, k, target);
        var (dimensions, columns) = Dimensions(m, store);
        var data = new PrimData(dimensions, columns, outcome);
        var boxes = outcome.Any(f => f) ? Prim.Find(data, prim ?? new PrimOptions()) : [];
        return Checked<Discovery>.Success(new Discovery(option, failure, store.N, outcome.Count(f => f), dimensions, boxes));
    }

    private static List<Problem> CheckTarget(Case c, DiscoveryTarget t)
    {
        var list = new List<Problem>();
        if (t.Option is { } o && c.Options.All(x => x.Id != o))
            list.Add(Problem.About("option", $"unknown option '{o}'", $"the options of case {c.Id} are: {string.Join(", ", c.Options.Select(x => x.Id))}"));
        if (t.Kind == FailureKind.Regret && !(t.Threshold >= 0 && double.IsFinite(t.Threshold)))
            list.Add(Problem.About("threshold", $"regret threshold {t.Threshold} must be a number of at least 0", "regret is in utility units (0 to 1); 0.05 is the default"));
        if (t.Kind == FailureKind.Breach && (t.Power is not { } p || c.Tolerances.All(x => x.Power != p)))
            list.Add(Problem.About("target", $"power '{t.Power}' states no tolerance of case {c.Id}", $"name a power with tolerances: {string.Join(", ", c.Tolerances.Select(x => x.Power).Distinct())}"));
        return list;
    }

    private static (bool[] Outcome, string Failure) Outcome(CompiledCase m, DrawStore store, Measures x, int k, DiscoveryTarget target)
    {
        var outcome = new bool[store.N];
        if (target.Kind == FailureKind.Regret)
        {
            for (var d = 0; d < store.N; d++) outcome[d] = x.Best[d] - store.Utility[d * m.O + k] > target.Threshold;
            return (outcome, $"regret above {target.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
        var mask = 0UL;
        for (var t = 0; t < m.T; t++) if (m.Case.Tolerances[t].Power == target.Power) mask |= 1UL << t;
        for (var d = 0; d < store.N; d++) outcome[d] = (store.Breach[d * m.O + k] & mask) != 0;
        return (outcome, $"a tolerance of {target.Power} breached");
    }

    private static (List<PrimDimension>, List<double[]>) Dimensions(CompiledCase m, DrawStore store)
    {
        var c = m.Case;
        int n = store.N;
        var dims = new List<PrimDimension>();
        var columns = new List<double[]>();
        void Add(PrimDimension d, Func<int, double> value)
        {
            dims.Add(d);
            var column = new double[n];
            for (var i = 0; i < n; i++) column[i] = value(i);
            columns.Add(column);
        }
        Add(new("scenario", [.. c.Scenarios.Select(s => s.Id)]), d => store.Scenario[d]);
        for (var f = 0; f < m.F; f++)
        {
            var k = f;
            // A factor set per option by a question has no one level in a draw: its uniform orders the draws from its lowest level to its highest under every option.
            if (m.FactorByOption[f])
                Add(new($"factor {c.Factors[f].Id}", null, $"quantile of every option's level, 0 {c.Factors[f].Levels[0]} to 1 {c.Factors[f].Levels[^1]}"), d => store.FactorQuantile[d * m.F + k]);
            else Add(new($"factor {c.Factors[f].Id}", c.Factors[f].Levels), d => store.FactorLevel[d * m.F + k]);
        }
        for (var i = 0; i < m.I; i++)
        {
            var k = i;
            Add(new($"weight {c.Interests[i].Id}", null, "share of the total weight"),
                d => store.WeightSum[d] > 0 ? store.Weight[d * m.I + k] / store.WeightSum[d] : 0);
        }
        for (var i = 0; i < m.I; i++)
        {
            var k = i;
            Add(new($"effects on {c.Interests[i].Id}", null, "quantile of every option's effect, 0 worst-case low to 1 high"), d => store.EffectQuantile[d * m.I + k]);
        }
        for (var q = 0; q < m.P; q++)
        {
            if (!m.RelationNeeded[q]) continue;
            var k = q;
            Add(new($"relation shift of {c.Powers[q]}", null, "quantile of every option's shift, 0 low to 1 high"), d => store.RelationQuantile[d * m.P + k]);
        }
        for (var j = 0; j < m.Plans.J; j++)
        {
            var k = j;
            Add(new($"signpost {m.Plans.Signposts[j].Id}", ["clears", "fires"]), d => (store.Fired[d] >> k) & 1);
        }
        return (dims, columns);
    }
}
