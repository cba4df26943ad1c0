namespace Fulcrum.Core.Problems;

/// <summary>
/// The names of the parameters a <see cref="Problem.Subject"/> can be about: one word for one
/// concept, shared by every library and mapped by each host to its own words (the CLI to flags,
/// the REST API to query parameters).
/// </summary>
public static class Subjects
{
    public const string Case = "case";
    public const string Store = "store";
    public const string AsOf = "as_of";
    public const string From = "from";
    public const string To = "to";
    public const string Baseline = "baseline";
    public const string Source = "source";
    public const string ScenarioProbabilities = "scenario_probabilities";
    public const string Draws = "draws";
    public const string Seed = "seed";
    public const string Series = "series";
    public const string Dyad = "dyad";
    public const string Measure = "measure";
    public const string Period = "period";
    public const string Method = "method";
    public const string Format = "format";
    public const string Output = "output";
    public const string Actors = "actors";
    public const string MinMentions = "min_mentions";
    public const string Runs = "runs";
    public const string Perturb = "perturb";
    public const string DropActor = "drop_actor";
    public const string MaxTurns = "max_turns";
    public const string Model = "model";
}
