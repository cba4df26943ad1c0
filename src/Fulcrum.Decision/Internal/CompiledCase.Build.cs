using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>Checking a case for appraisal, and flattening it.</summary>
internal sealed partial class CompiledCase
{
    private static void Check(Case c, ScenarioProbabilities probabilities, ProblemList problems)
    {
        if (c.Options.Count == 0) problems.Add(0, 0, "the case has no options: there is nothing to appraise", "add at least one option under 'options'");
        if (c.Scenarios.Count == 0) problems.Add(0, 0, "the case has no scenarios", "add at least one scenario under 'scenarios'");
        if (c.Interests.Count == 0) problems.Add(0, 0, "the case has no interests: options cannot be valued", "add the interests of the focal state under 'interests'");
        if (probabilities.Values.Count != c.Scenarios.Count)
            problems.Add(0, 0, $"{probabilities.Values.Count} scenario probabilities given for {c.Scenarios.Count} scenarios", "give one probability per scenario");
        if (c.Interests.Count > 0 && c.Interests.All(i => i.Weight.High <= 0))
            problems.Add(0, 0, "every interest weight is 0, so the weights cannot be normalised", "give at least one interest a positive weight");
        if (c.Tolerances.Count > MaxTolerances)
            problems.Add(0, 0, $"the case has {c.Tolerances.Count} tolerances; at most {MaxTolerances} can be appraised", "merge tolerances of the same power");
        var configurations = c.Factors.Aggregate(1L, (n, f) => n * Math.Max(1, f.Levels.Count));
        if (configurations > MaxConfigurations)
            problems.Add(0, 0, $"the factors have {configurations} combinations of levels; at most {MaxConfigurations} can be appraised", "use fewer factors or levels");
        foreach (var o in c.Options)
            foreach (var s in c.Scenarios)
                if (!c.Reactions.Any(r => r.Option == o.Id && r.Scenario == s.Id))
                    problems.Add(0, 0, $"no reaction to option '{o.Id}' under scenario '{s.Id}'", "add it: every option needs a reaction under every scenario");
        // Scenario and level indices are kept in one byte per draw.
        if (c.Scenarios.Count > 255) problems.Add(0, 0, $"the case has {c.Scenarios.Count} scenarios; at most 255 can be appraised", "merge similar scenarios");
        foreach (var f in c.Factors.Where(f => f.Levels.Count > 255))
            problems.Add(0, 0, $"factor '{f.Id}' has {f.Levels.Count} levels; at most 255 can be appraised", "merge similar levels");
        foreach (var f in c.Factors) CheckFactor(c, f, problems);
        foreach (var t in c.Tolerances)
        {
            var known = t.BreachWhen.Target == ConditionTarget.Interest
                ? c.Interests.Any(i => i.Id == t.BreachWhen.Id)
                : c.Powers.Contains(t.BreachWhen.Id);
            if (!known) problems.Add(0, 0, $"tolerance '{t.Id}' refers to unknown {t.BreachWhen.Target.ToString().ToLowerInvariant()} '{t.BreachWhen.Id}'", "name an interest or a power of the case");
        }
        CompiledPlans.Check(c, problems);
        foreach (var r in c.Reactions)
        {
            foreach (var i in c.Interests.Where(i => !r.Effects.ContainsKey(i.Id)))
                if (c.QuestionForInterest(i.Id) is { } q)
                    problems.Add(0, 0, $"the effects on interest '{i.Id}' come from question '{q.Id}', which has not been answered", Unanswered);
                else problems.Add(0, 0, $"the reaction to '{r.Option}' under '{r.Scenario}' has no effect on interest '{i.Id}'", "write 0 for no change");
            foreach (var p in c.Powers.Where(p => !r.Relations.ContainsKey(p)))
                problems.Add(0, 0, $"the reaction to '{r.Option}' under '{r.Scenario}' has no relation shift for power '{p}'", "write 0 for no change");
        }
    }

    private const string Unanswered = "answer the case's questions first (run their bargaining models), then appraise the answered case";

    private static void CheckFactor(Case c, Factor f, ProblemList problems)
    {
        if (f.ByOption is { } byOption)
        {
            var complete = true;
            foreach (var o in c.Options)
                if (!byOption.TryGetValue(o.Id, out var p) || f.Levels.Any(l => !p.ContainsKey(l)) || Math.Abs(p.Values.Sum() - 1) > 1e-9)
                {
                    problems.Add(0, 0, $"factor '{f.Id}' gives no probabilities summing to 1 over its levels under option '{o.Id}'", "give the probability of each level under every option");
                    complete = false;
                }
            if (complete && Groups(Options(c, f)).Length > 255)
                problems.Add(0, 0, $"factor '{f.Id}' has more than 255 distinct intervals of level across the options", "use fewer options or levels");
            return;
        }
        if (f.Probabilities.Count == 0 && c.QuestionForFactor(f.Id) is { } q)
        {
            problems.Add(0, 0, $"factor '{f.Id}' takes its probabilities from question '{q.Id}', which has not been answered", Unanswered);
            return;
        }
        foreach (var s in c.Scenarios)
            if (!f.Probabilities.TryGetValue(s.Id, out var p) || f.Levels.Any(l => !p.ContainsKey(l)))
                problems.Add(0, 0, $"factor '{f.Id}' gives no probability for some level under scenario '{s.Id}'", "give the probability of each level under every scenario");
    }

    /// <summary>The cumulative level probabilities of a factor by option, option after option: [o * levels + l].</summary>
    private static double[] Options(Case c, Factor f) =>
        [.. c.Options.SelectMany(o => Cumulative([.. f.Levels.Select(l => f.ByOption![o.Id][l])]))];

    /// <summary>The merged breakpoints of every option's cumulative levels (below 1), ascending, and then 1.</summary>
    private static double[] Groups(double[] cdf) => [.. cdf.Where(x => x < 1).Distinct().Order().Append(1.0)];

    private static CompiledCase Build(Case c, ScenarioProbabilities probabilities)
    {
        int s = c.Scenarios.Count, f = c.Factors.Count, n = c.Interests.Count, p = c.Powers.Count, o = c.Options.Count;
        var levels = c.Factors.Select(x => x.Levels.Count).ToArray();
        var stride = new int[f];
        var configurations = 1;
        for (var k = f - 1; k >= 0; k--)
        {
            stride[k] = configurations;
            configurations *= levels[k];
        }
        var samplers = new Samplers();
        var effects = new int[s * configurations * o * n];
        var relations = new int[s * configurations * o * p];
        var levelNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var si = 0; si < s; si++)
            for (var ci = 0; ci < configurations; ci++)
            {
                levelNames.Clear();
                for (var k = 0; k < f; k++) levelNames[c.Factors[k].Id] = c.Factors[k].Levels[ci / stride[k] % levels[k]];
                for (var oi = 0; oi < o; oi++)
                {
                    var reaction = c.ReactionFor(c.Options[oi].Id, c.Scenarios[si].Id);
                    var cell = (si * configurations + ci) * o + oi;
                    for (var i = 0; i < n; i++) effects[cell * n + i] = samplers.Add(reaction.EffectOn(c.Interests[i].Id, levelNames).Distribution);
                    for (var q = 0; q < p; q++) relations[cell * p + q] = samplers.Add(reaction.RelationOf(c.Powers[q], levelNames).Distribution);
                }
            }
        var plans = CompiledPlans.Build(c, samplers);
        samplers.Freeze();

        var mid = c.Interests.Select(i => i.Weight.Mid).ToArray();
        var scale = mid.Sum();
        var dirichlet = c.WeightSampling.Method == "dirichlet";
        var interestIndex = c.Interests.Select((x, k) => (x.Id, k)).ToDictionary(t => t.Id, t => t.k, StringComparer.Ordinal);
        var powerIndex = c.Powers.Select((x, k) => (x, k)).ToDictionary(t => t.x, t => t.k, StringComparer.Ordinal);
        var tolerances = c.Tolerances;
        return new CompiledCase
        {
            Case = c,
            S = s,
            F = f,
            I = n,
            P = p,
            O = o,
            T = tolerances.Count,
            Configurations = configurations,
            Probabilities = [.. probabilities.Values],
            ScenarioCdf = Cumulative(probabilities.Values),
            FactorCdf = [.. c.Factors.Select(x => x.ByOption is null
                ? c.Scenarios.SelectMany(sc => Cumulative([.. x.Levels.Select(l => x.Probabilities[sc.Id][l])])).ToArray()
                : Options(c, x))],
            FactorByOption = [.. c.Factors.Select(x => x.ByOption is not null)],
            AnyByOption = c.Factors.Any(x => x.ByOption is not null),
            FactorGroupCdf = [.. c.Factors.Select(x => x.ByOption is null ? null : Groups(Options(c, x)))],
            FactorGroups = [.. c.Factors.Select(x => x.ByOption is null ? x.Levels.Count : Groups(Options(c, x)).Length)],
            FactorLevels = levels,
            FactorStride = stride,
            EffectSampler = effects,
            RelationSampler = relations,
            Samplers = samplers,
            BaselineMid = [.. c.Interests.Select(i => i.Baseline.Mid)],
            ValueWorst = [.. c.Interests.Select(i => i.Value.Worst)],
            ValueInverseSpan = [.. c.Interests.Select(i => 1 / (i.Value.Best - i.Value.Worst))],
            ValuePoints = [.. c.Interests.Select(i => i.Value.Points.Count == 0 ? null : i.Value.Points.ToArray())],
            WeightLow = [.. c.Interests.Select(i => i.Weight.Low)],
            WeightHigh = [.. c.Interests.Select(i => i.Weight.High)],
            WeightMid = mid,
            Dirichlet = dirichlet,
            DirichletAlpha = [.. mid.Select(m => dirichlet ? c.WeightSampling.Concentration * m / scale : 0)],
            WeightScale = scale,
            ToleranceOnInterest = [.. tolerances.Select(t => t.BreachWhen.Target == ConditionTarget.Interest)],
            ToleranceTarget = [.. tolerances.Select(t => t.BreachWhen.Target == ConditionTarget.Interest ? interestIndex[t.BreachWhen.Id] : powerIndex[t.BreachWhen.Id])],
            ToleranceBelow = [.. tolerances.Select(t => t.BreachWhen.Below)],
            ToleranceThreshold = [.. tolerances.Select(t => t.BreachWhen.Threshold)],
            TolerancePower = [.. tolerances.Select(t => powerIndex[t.Power])],
            RelationNeeded = [.. c.Powers.Select(pw => tolerances.Any(t => t.BreachWhen.Target == ConditionTarget.Relation && t.BreachWhen.Id == pw))],
            Plans = plans,
        };
    }

    /// <summary>
    /// Cumulative probabilities, with every entry from the last positive probability on set to 1, so
    /// that rounding can never pick an outcome of probability 0.
    /// </summary>
    private static double[] Cumulative(IReadOnlyList<double> probabilities)
    {
        var cdf = new double[probabilities.Count];
        var last = 0;
        for (var k = 0; k < probabilities.Count; k++) if (probabilities[k] > 0) last = k;
        var sum = 0.0;
        for (var k = 0; k < cdf.Length; k++)
        {
            sum += probabilities[k];
            cdf[k] = k >= last ? 1 : sum;
        }
        return cdf;
    }
}
