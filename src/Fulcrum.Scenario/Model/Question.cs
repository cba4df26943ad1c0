using System.Text.Json.Serialization;

namespace Fulcrum.Scenario.Model;

/// <summary>
/// A contested question inside the case ("how hard will Washington press Israel to take a side"),
/// answered by a stakeholder bargaining model: the actors who settle it, each with a capability, a
/// position on the question's one dimension and a salience; the model; how many seeded perturbed
/// runs to make per option and how much to shake the inputs; and what the forecast sets — the
/// level probabilities of a factor, or the effect on an interest. Each option may shift actors
/// (<see cref="PolicyOption.Shifts"/>), so the answer is per option. Built only by the case loader.
/// </summary>
public sealed record Question
{
    /// <summary>Short identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The question in words.</summary>
    public required string Name { get; init; }

    /// <summary>The bargaining model: KTAB's spatial model (smp) or Bueno de Mesquita's (bdm).</summary>
    public required QuestionModel Model { get; init; }

    /// <summary>The actor table, written in the case (empty when <see cref="ActorsFile"/> is given).</summary>
    public IReadOnlyList<QuestionActor> Actors { get; init; } = [];

    /// <summary>
    /// A bargaining input file holding the actor table instead (a KTAB CSV or XML scenario, or a BDM
    /// CSV), relative to the case file's folder; null when the table is written in the case.
    /// </summary>
    public string? ActorsFile { get; init; }

    /// <summary>Seeded perturbed runs per option (the spread of their forecasts is the answer).</summary>
    public required int Runs { get; init; }

    /// <summary>How much each run shakes the inputs.</summary>
    public required QuestionPerturbation Perturb { get; init; }

    /// <summary>
    /// The seed of the runs; null: the actor file's own (a KTAB XML scenario names one), else KTAB's
    /// default. The same seed draws the same perturbations under every option (common random numbers).
    /// </summary>
    public ulong? Seed { get; init; }

    /// <summary>What the forecast sets: a factor's level probabilities or an interest's effect.</summary>
    public required QuestionTarget MapsTo { get; init; }

    public required string Source { get; init; }

    public string Note { get; init; } = "";
}

/// <summary>The bargaining model that answers a question.</summary>
public enum QuestionModel
{
    /// <summary>KTAB's spatial model of politics, with KTAB's default parameters.</summary>
    Smp,
    /// <summary>Bueno de Mesquita's expected-utility model in the paper's reading (Scholz, Calbert &amp; Smith 2011).</summary>
    Bdm,
}

/// <summary>One stakeholder of a question written in the case, with where its numbers come from.</summary>
/// <param name="Name">The actor's name (what an option's shifts refer to).</param>
/// <param name="Capability">Its power over the question, &gt; 0 (relative: only ratios matter).</param>
/// <param name="Position">The outcome it wants, on the question's scale (0-100 for the spatial model).</param>
/// <param name="Salience">How much the question matters to it, 0-100.</param>
/// <param name="Source">Where the three numbers come from.</param>
public sealed record QuestionActor(string Name, double Capability, double Position, double Salience, string Source)
{
    public string Description { get; init; } = "";
}

/// <summary>
/// The standard deviations of each run's perturbation (the rules of <c>bargain --runs --perturb</c>):
/// position additive in the question's units, salience additive on 0-100, capability multiplicative
/// (c·exp(SD·Z)); 0 leaves an input alone.
/// </summary>
public sealed record QuestionPerturbation(double Position, double Salience, double Capability);

/// <summary>What a question's forecasts set.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FactorTarget), "factor")]
[JsonDerivedType(typeof(InterestTarget), "interest")]
public abstract record QuestionTarget;

/// <summary>
/// The probability of each level of <see cref="Factor"/>, per option: the share of the runs whose
/// forecast falls in the level's range. The ranges are contiguous, from the lowest up (each high
/// end is the next range's low end); each holds its low end and not its high end, except the
/// highest, which holds both.
/// </summary>
/// <param name="Factor">The factor's id.</param>
/// <param name="Levels">One range per level of the factor, lowest first.</param>
public sealed record FactorTarget(string Factor, IReadOnlyList<LevelRange> Levels) : QuestionTarget
{
    /// <summary>The level a forecast falls in, or null when it lies outside every range.</summary>
    public string? LevelOf(double forecast)
    {
        for (var k = 0; k < Levels.Count; k++)
        {
            var l = Levels[k];
            if (forecast >= l.Low && (forecast < l.High || (k == Levels.Count - 1 && forecast <= l.High))) return l.Level;
        }
        return null;
    }
}

/// <summary>A level of a factor and the range of forecasts that means it.</summary>
public sealed record LevelRange(string Level, double Low, double High);

/// <summary>
/// The effect on <see cref="Interest"/> (a change from its baseline, in its unit), per option: each
/// run's forecast mapped by <see cref="Map"/>. It replaces the reactions' effects on that interest
/// under every scenario, so the reactions leave it out.
/// </summary>
public sealed record InterestTarget(string Interest, LinearMap Map) : QuestionTarget;

/// <summary>
/// The straight line through (<paramref name="FromLow"/>, <paramref name="ToLow"/>) and
/// (<paramref name="FromHigh"/>, <paramref name="ToHigh"/>): position <paramref name="FromLow"/> gives
/// effect <paramref name="ToLow"/>, position <paramref name="FromHigh"/> effect <paramref name="ToHigh"/>,
/// linear between and beyond.
/// </summary>
public sealed record LinearMap(double FromLow, double FromHigh, double ToLow, double ToHigh)
{
    public double Apply(double position) => ToLow + (position - FromLow) * (ToHigh - ToLow) / (FromHigh - FromLow);
}

/// <summary>
/// How an option moves one actor of the case's questions, as changes added to its position (in the
/// question's units) and its salience (0-100); null leaves it as written.
/// </summary>
public sealed record ActorShift(double? Position, double? Salience, string Source);
