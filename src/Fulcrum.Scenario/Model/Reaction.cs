namespace Fulcrum.Scenario.Model;

/// <summary>
/// How the powers respond when the focal state takes <see cref="Option"/> in <see cref="Scenario"/>,
/// and what that does: an effect on every interest (a change from its baseline, in its unit) and a
/// shift in each power's relation with the focal state (in standard deviations of that relation's
/// own baseline, the scale the balance sheet uses).
/// </summary>
public sealed record Reaction
{
    public required string Option { get; init; }
    public required string Scenario { get; init; }
    /// <summary>Each power's response in words.</summary>
    public IReadOnlyDictionary<string, string> Responses { get; init; } = new Dictionary<string, string>();
    /// <summary>Interest id → effect; every interest of the case has one.</summary>
    public required IReadOnlyDictionary<string, Effect> Effects { get; init; }
    /// <summary>Power → relation shift; every power of the case has one.</summary>
    public required IReadOnlyDictionary<string, Effect> Relations { get; init; }
    /// <summary>Effects that replace the ones above when a factor takes a given level.</summary>
    public IReadOnlyList<FactorOverride> When { get; init; } = [];
    public string Source { get; init; } = "";

    /// <summary>The effect on <paramref name="interest"/> given the factor levels of a state of the world.</summary>
    public Effect EffectOn(string interest, IReadOnlyDictionary<string, string> factorLevels) =>
        Override(factorLevels, o => o.Effects, interest) ?? Effects[interest];

    /// <summary>The relation shift of <paramref name="power"/> given the factor levels of a state of the world.</summary>
    public Effect RelationOf(string power, IReadOnlyDictionary<string, string> factorLevels) =>
        Override(factorLevels, o => o.Relations, power) ?? Relations[power];

    private Effect? Override(IReadOnlyDictionary<string, string> levels,
        Func<FactorOverride, IReadOnlyDictionary<string, Effect>> pick, string key)
    {
        foreach (var o in When)
            if (levels.TryGetValue(o.Factor, out var level) && level == o.Level && pick(o).TryGetValue(key, out var e))
                return e;
        return null;
    }
}

/// <summary>An uncertain effect with the source of its numbers.</summary>
public sealed record Effect(Distribution Distribution, string Source);

/// <summary>Effects that apply instead of the base ones when <see cref="Factor"/> is at <see cref="Level"/>.</summary>
public sealed record FactorOverride(
    string Factor, string Level,
    IReadOnlyDictionary<string, Effect> Effects,
    IReadOnlyDictionary<string, Effect> Relations);

/// <summary>
/// A further uncertainty of the world beside the scenario, such as the level of US pressure, with
/// the probability of each level given each scenario — or, when a question's forecasts set it,
/// given each option (<see cref="ByOption"/>; <see cref="Probabilities"/> is then empty).
/// </summary>
public sealed record Factor(
    string Id, string Name, IReadOnlyList<string> Levels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Probabilities,
    string Source)
{
    /// <summary>
    /// Option → level → probability, the same under every scenario: set from a question's answers
    /// (the taking of an option moves the actors who decide the level). Null for a factor whose
    /// probabilities are written per scenario; a case as loaded never has it (its questions are not
    /// yet answered).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? ByOption { get; init; }
}
