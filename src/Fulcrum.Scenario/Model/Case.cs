namespace Fulcrum.Scenario.Model;

/// <summary>
/// A case: the focal state between its powers, what it values, what it can do, the states of the
/// world it faces, how each power would react, what each power tolerates and what to watch.
/// Built only by <see cref="Loading.CaseLoader"/>, which has checked every reference in it.
/// </summary>
public sealed record Case
{
    /// <summary>Short identifier, e.g. <c>israel-2022</c>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The state the case is written for (a CAMEO country code).</summary>
    public required string Focal { get; init; }
    /// <summary>The powers it balances between, first power first (the tilt is first minus second).</summary>
    public required IReadOnlyList<string> Powers { get; init; }
    /// <summary>Every actor the case refers to, focal and powers included (CAMEO country codes).</summary>
    public required IReadOnlyList<string> Actors { get; init; }
    /// <summary>The date the case describes: nothing after it is known.</summary>
    public required DateOnly AsOf { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<ContextFact> Context { get; init; } = [];
    public required IReadOnlyList<Interest> Interests { get; init; }
    public required IReadOnlyList<PolicyOption> Options { get; init; }
    public required IReadOnlyList<ScenarioState> Scenarios { get; init; }
    public IReadOnlyList<Factor> Factors { get; init; } = [];
    /// <summary>Contested questions answered by a bargaining model per option; they set factor probabilities or effects.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];
    public required IReadOnlyList<Reaction> Reactions { get; init; }
    public IReadOnlyList<Tolerance> Tolerances { get; init; } = [];
    public IReadOnlyList<Signpost> Signposts { get; init; } = [];
    /// <summary>Adaptive plans: start with an option, switch when a signpost fires or clears.</summary>
    public IReadOnlyList<Plan> Plans { get; init; } = [];
    public RelationMeasures Relations { get; init; } = RelationMeasures.Default;
    public WeightSampling WeightSampling { get; init; } = WeightSampling.Default;

    /// <summary>The reaction to <paramref name="option"/> under <paramref name="scenario"/>.</summary>
    public Reaction ReactionFor(string option, string scenario) =>
        Reactions.First(r => r.Option == option && r.Scenario == scenario);

    /// <summary>The question whose forecasts give <paramref name="factor"/>'s level probabilities, or null.</summary>
    public Question? QuestionForFactor(string factor) =>
        Questions.FirstOrDefault(q => q.MapsTo is FactorTarget t && t.Factor == factor);

    /// <summary>The question whose forecasts give the effects on <paramref name="interest"/>, or null.</summary>
    public Question? QuestionForInterest(string interest) =>
        Questions.FirstOrDefault(q => q.MapsTo is InterestTarget t && t.Interest == interest);
}

/// <summary>A fact of the case's background, with where it comes from and what it bears on.</summary>
public sealed record ContextFact(string Id, string Text, string Source, IReadOnlyList<string> BearsOn);

/// <summary>A policy option of the focal state.</summary>
public sealed record PolicyOption(string Id, string Name, string Description, string Source)
{
    /// <summary>How taking this option moves actors of the case's questions, by actor name (empty: none).</summary>
    public IReadOnlyDictionary<string, ActorShift> Shifts { get; init; } = new Dictionary<string, ActorShift>();
}

/// <summary>A state of the world, with its prior probability and the range an analyst would accept.</summary>
public sealed record ScenarioState(string Id, string Name, string Description, double Prior, Interval? PriorRange, string Source);

/// <summary>A closed interval [<paramref name="Low"/>, <paramref name="High"/>].</summary>
public sealed record Interval(double Low, double High)
{
    public double Mid => (Low + High) / 2;
    public bool IsPoint => Low == High;
}
