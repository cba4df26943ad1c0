using Fulcrum.Core.Problems;
using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision;

/// <summary>
/// Appraises a case's options by Monte Carlo: scenarios by their probabilities, factor levels, every
/// reaction distribution (common random numbers across options) and the interest weights; then the
/// per-option measures, the recommendation and (optionally) the sensitivities. Pure: no I/O, no clock;
/// the same case, probabilities, options and seed give the same result on any machine and core count.
/// </summary>
public static class Appraiser
{
    /// <summary>Appraises <paramref name="c"/> under its prior scenario probabilities.</summary>
    public static Checked<Appraisal> Appraise(Case c, AppraisalOptions options) =>
        Appraise(c, ScenarioProbabilities.Priors(c), options);

    /// <summary>Appraises <paramref name="c"/> under <paramref name="probabilities"/>; bad input comes back as problems.</summary>
    public static Checked<Appraisal> Appraise(Case c, ScenarioProbabilities probabilities, AppraisalOptions options)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(options);
        var problems = CheckOptions(c.Id, options);
        if (problems.Count > 0) return Checked<Appraisal>.Failure(problems);
        // Before anything is allocated: the budget bounds every array (none can then pass Array.MaxLength).
        if (AppraisalMemory.Check(c, options) is { } tooLarge) return Checked<Appraisal>.Failure([tooLarge]);
        var compiled = CompiledCase.Compile(c, probabilities);
        if (compiled.Value is not { } m) return Checked<Appraisal>.Failure(compiled.Problems);

        var store = Sample(m, options);
        var measures = Measures.Compute(m, store, options);
        var recommendation = Recommender.Recommend(m, measures, store, options);
        var sensitivity = options.Sensitivity ? SensitivityAnalysis.Run(m, store, measures, options) : null;
        var (plans, watching) = WatchValues.Compute(m, store, measures, options);
        return Checked<Appraisal>.Success(AppraisalGuard.Finite(new Appraisal(
            c.Id, options.Seed, options.Draws,
            [.. c.Scenarios.Select((s, k) => new ScenarioUsed(s.Id, s.Name, s.Prior, m.Probabilities[k], measures.ScenarioDraws[k]))],
            probabilities.Source, probabilities.MovedBy, c.Powers, [.. c.Interests.Select(i => i.Id)],
            [.. Enumerable.Range(0, m.O).Select(k => OptionResult(m, measures, k, options.Draws))],
            recommendation, sensitivity, plans, watching)));
    }

    /// <summary>Runs the draws in fixed blocks, each with its own stream, on as many cores as allowed.</summary>
    internal static DrawStore Sample(CompiledCase m, AppraisalOptions options)
    {
        var store = new DrawStore(m, options.Draws, options.EvpiBins, keepValues: options.Sensitivity);
        var kernel = new DrawKernel(m, store, options.Seed);
        var blocks = (options.Draws + AppraisalOptions.BlockSize - 1) / AppraisalOptions.BlockSize;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 }, kernel.RunBlock);
        return store;
    }

    private static OptionAppraisal OptionResult(CompiledCase m, Measures x, int k, int draws)
    {
        var c = m.Case;
        var hasTolerance = c.Powers.Select(p => c.Tolerances.Any(t => t.Power == p)).ToArray();
        return new OptionAppraisal(
            c.Options[k].Id, c.Options[k].Name,
            x.Eu[k], x.EuLow[k], x.EuHigh[k], x.EuSe[k], x.Cvar[k],
            c.Powers.Select((p, q) => (p, v: hasTolerance[q] ? x.BreachPower[k][q] : (double?)null)).ToDictionary(t => t.p, t => t.v, StringComparer.Ordinal),
            c.Tolerances.Select((t, i) => (t.Id, v: x.BreachTolerance[k][i])).ToDictionary(t => t.Id, t => t.v, StringComparer.Ordinal),
            Recommender.IsAdmissible(m, x, k),
            x.RankAcceptability[k][0], x.RankAcceptability[k], x.CentralWeights[k],
            x.RegretMean[k], x.RegretQuantile[k], KnifeEdges.Of(m, x, k, draws))
        { Quartiles = x.Quartiles[k] };
    }

    private static List<Problem> CheckOptions(string file, AppraisalOptions o)
    {
        var problems = new List<Problem>();
        void Bad(string message, string hint) => problems.Add(new Problem(file, 0, 0, message, hint));
        if (o.Draws is < AppraisalOptions.MinDraws or > AppraisalOptions.MaxDraws)
            Bad($"draws {o.Draws} is outside {AppraisalOptions.MinDraws}-{AppraisalOptions.MaxDraws}", $"use e.g. {AppraisalOptions.DefaultDraws}");
        if (o.MaxDegreeOfParallelism is < 1) Bad($"cores {o.MaxDegreeOfParallelism} must be at least 1", "leave it unset to use every core");
        if (!(o.CvarLevel is > 0 and <= 1)) Bad($"CVaR level {o.CvarLevel} must be in (0, 1]", "0.10 is the worst tenth");
        if (!(o.IntervalLevel is > 0 and < 1)) Bad($"interval level {o.IntervalLevel} must be in (0, 1)", "0.90 gives the 5th to 95th percentile");
        if (!(o.RegretQuantile is > 0 and < 1)) Bad($"regret quantile {o.RegretQuantile} must be in (0, 1)", "0.95 is the default");
        if (!(o.PointSwing is > 0 and <= 1)) Bad($"point swing {o.PointSwing} must be in (0, 1]", "0.5 means ±50%");
        if (o.EvpiBins is < 2 or > 255) Bad($"EVPI bins {o.EvpiBins} must be 2-255", "20 is the default");
        if (o.BatchCount < 2) Bad($"batch count {o.BatchCount} must be at least 2", "20 is the default");
        return problems;
    }
}
