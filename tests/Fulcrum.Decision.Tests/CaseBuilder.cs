using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>Builds small cases in code: focal ISR between USA and RUS, every effect 0 unless set.</summary>
public sealed class CaseBuilder
{
    private readonly List<Interest> _interests = [];
    private readonly List<PolicyOption> _options = [];
    private readonly List<ScenarioState> _scenarios = [];
    private readonly List<Factor> _factors = [];
    private readonly List<Tolerance> _tolerances = [];
    private readonly Dictionary<(string, string, string), Distribution> _effects = [];
    private readonly Dictionary<(string, string, string), Distribution> _relations = [];
    private readonly Dictionary<(string, string), List<FactorOverride>> _overrides = [];
    private WeightSampling _weights = WeightSampling.Default;
    private readonly List<Signpost> _signposts = [];
    private readonly List<Plan> _plans = [];

    public CaseBuilder Interest(string id, double weightLow, double weightHigh, double worst = 0, double best = 1, double baseline = 0)
    {
        _interests.Add(new Interest
        {
            Id = id,
            Name = id,
            Unit = "index",
            Baseline = new Scenario.Model.Interval(baseline, baseline),
            DependsOn = "USA",
            Weight = new Scenario.Model.Interval(weightLow, weightHigh),
            Value = new ValueFunction(worst, best, []),
            Source = "test",
        });
        return this;
    }

    public CaseBuilder Option(string id, string? name = null)
    {
        _options.Add(new PolicyOption(id, name ?? id, "", "test"));
        return this;
    }

    public CaseBuilder Scenario(string id, double prior, double? low = null, double? high = null)
    {
        _scenarios.Add(new ScenarioState(id, id, "", prior, low is { } l && high is { } h ? new Scenario.Model.Interval(l, h) : null, "test"));
        return this;
    }

    public CaseBuilder Factor(string id, string[] levels, Dictionary<string, double[]> probabilities)
    {
        _factors.Add(new Factor(id, id, levels,
            probabilities.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)levels.Select((l, k) => (l, kv.Value[k])).ToDictionary(t => t.l, t => t.Item2)),
            "test"));
        return this;
    }

    /// <summary>A factor whose level probabilities are per option (as a question sets them), the same under every scenario.</summary>
    public CaseBuilder FactorByOption(string id, string[] levels, Dictionary<string, double[]> byOption)
    {
        _factors.Add(new Factor(id, id, levels, new Dictionary<string, IReadOnlyDictionary<string, double>>(), "test")
        {
            ByOption = byOption.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)levels.Select((l, k) => (l, kv.Value[k])).ToDictionary(t => t.l, t => t.Item2)),
        });
        return this;
    }

    /// <summary>Sets the effect of <paramref name="option"/> on <paramref name="interest"/> under <paramref name="scenario"/> (null: every scenario).</summary>
    public CaseBuilder Effect(string option, string? scenario, string interest, Distribution d)
    {
        foreach (var s in scenario is null ? _scenarios.Select(x => x.Id) : [scenario]) _effects[(option, s, interest)] = d;
        return this;
    }

    public CaseBuilder Effect(string option, string? scenario, string interest, double value) => Effect(option, scenario, interest, new FixedDistribution(value));

    public CaseBuilder Relation(string option, string? scenario, string power, Distribution d)
    {
        foreach (var s in scenario is null ? _scenarios.Select(x => x.Id) : [scenario]) _relations[(option, s, power)] = d;
        return this;
    }

    public CaseBuilder Override(string option, string scenario, string factor, string level, string interest, Distribution d)
    {
        if (!_overrides.TryGetValue((option, scenario), out var list)) _overrides[(option, scenario)] = list = [];
        list.Add(new FactorOverride(factor, level, new Dictionary<string, Effect> { [interest] = new(d, "test") }, new Dictionary<string, Effect>()));
        return this;
    }

    public CaseBuilder Tolerance(string id, string power, ConditionTarget target, string on, bool below, double threshold, double max)
    {
        _tolerances.Add(new Tolerance(id, power, id, new BreachCondition(target, on, below, threshold), max, "test"));
        return this;
    }

    /// <summary>A manual signpost that fires under each scenario with the given probability (in the scenarios' order).</summary>
    public CaseBuilder Signpost(string id, params double[] fire)
    {
        _signposts.Add(new Signpost(id, id, new ManualIndicator([]), new ObservedRule(), new SignpostEffect(new Dictionary<string, double>(), "flag"), "test")
        {
            FireProbability = _scenarios.Select((s, k) => (s.Id, fire[k])).ToDictionary(t => t.Id, t => t.Item2),
        });
        return this;
    }

    /// <summary>A plan with one switch; <paramref name="cost"/> on interests as fixed level changes.</summary>
    public CaseBuilder Plan(string id, string start, string signpost, bool onFire, string to, params (string Interest, double Cost)[] cost)
    {
        _plans.Add(new Plan(id, id, start,
            [new PlanSwitch(signpost, onFire, to, cost.ToDictionary(c => c.Interest, c => new Effect(new FixedDistribution(c.Cost), "test")))], "test"));
        return this;
    }

    public CaseBuilder Dirichlet(double concentration)
    {
        _weights = new WeightSampling("dirichlet", concentration);
        return this;
    }

    public Case Build() => new()
    {
        Id = "test",
        Title = "test",
        Focal = "ISR",
        Powers = ["USA", "RUS"],
        Actors = ["ISR", "USA", "RUS"],
        AsOf = new DateOnly(2022, 1, 5),
        Interests = [.. _interests],
        Options = [.. _options],
        Scenarios = [.. _scenarios],
        Factors = [.. _factors],
        Tolerances = [.. _tolerances],
        WeightSampling = _weights,
        Signposts = [.. _signposts],
        Plans = [.. _plans],
        Reactions = [.. from o in _options from s in _scenarios select new Reaction
        {
            Option = o.Id, Scenario = s.Id,
            Effects = _interests.ToDictionary(i => i.Id, i => new Effect(_effects.GetValueOrDefault((o.Id, s.Id, i.Id)) ?? new FixedDistribution(0), "test")),
            Relations = new[] { "USA", "RUS" }.ToDictionary(p => p, p => new Effect(_relations.GetValueOrDefault((o.Id, s.Id, p)) ?? new FixedDistribution(0), "test")),
            When = _overrides.GetValueOrDefault((o.Id, s.Id)) ?? [],
        }],
    };
}
