namespace Fulcrum.Scenario.Model;

/// <summary>
/// How the balance sheet measures the focal state's relation with each power: a fast measure from
/// events (a series shipped with the program, a CSV, or the store) and a slow one from UN votes.
/// </summary>
/// <param name="Fast">Either <c>store:MEASURE</c> (a measure of the <c>dyad</c> command) or a series
/// file (<c>builtin:gdelt-dyads</c> or a CSV path relative to the case file).</param>
/// <param name="Slow">A UN-vote alignment measure: <c>agree</c>, <c>agree_voeten</c>, <c>s</c>, <c>kappa</c>, <c>pi</c> or <c>idealpoint_distance</c>.</param>
/// <param name="BaselineDays">Length of the trailing baseline the relations are standardised against.</param>
public sealed record RelationMeasures(string Fast, string Slow, int BaselineDays)
{
    public static RelationMeasures Default { get; } = new("store:goldstein_sum", "s", 60);
}

/// <summary>
/// How the decision engine samples interest weights: <c>ranges</c> (each range uniform, points fixed,
/// then normalised) or <c>dirichlet</c> around the normalised midpoints with <see cref="Concentration"/>.
/// </summary>
public sealed record WeightSampling(string Method, double Concentration)
{
    public static WeightSampling Default { get; } = new("ranges", 0);
}
