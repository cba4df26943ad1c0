using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>Runs an appraisal that must succeed.</summary>
internal static class Run
{
    public static Appraisal Appraise(Case c, int draws = 20_000, ulong seed = 7, ScenarioProbabilities? p = null, int? cores = null)
    {
        var result = Appraiser.Appraise(c, p ?? ScenarioProbabilities.Priors(c), new AppraisalOptions { Draws = draws, Seed = seed, MaxDegreeOfParallelism = cores });
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        return result.Value!;
    }

    public static OptionAppraisal Option(this Appraisal a, string id) => a.Options.Single(o => o.Id == id);

    public static double Fraction(this Appraisal a, string scenario) => (double)a.Scenarios.Single(s => s.Id == scenario).Draws / a.Draws;
}
