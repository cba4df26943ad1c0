using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.App.Examine;

/// <summary>Where an examination's scenario probabilities come from.</summary>
public enum ProbabilityChoice
{
    /// <summary>The case's priors updated by Bayes' rule with the signposts fired as of the as-of date (the default).</summary>
    Signposts,
    /// <summary>The case's priors; signposts ignored.</summary>
    Priors,
    /// <summary>The analyst's own numbers (<see cref="ExamineRequest.Given"/>).</summary>
    Given,
}

/// <summary>One examination to run: the case and its data, where the probabilities come from, and the appraisal's settings.</summary>
public sealed record ExamineRequest(CaseScope Scope)
{
    public ProbabilityChoice Probabilities { get; init; } = ProbabilityChoice.Signposts;

    /// <summary>With <see cref="ProbabilityChoice.Given"/>: <c>id=p,id=p,…</c> for every scenario.</summary>
    public string? Given { get; init; }

    /// <summary>Interest weights <c>id=w,…</c> that replace the case's (see <see cref="InterestWeightText"/>); null: the case's own.</summary>
    public string? Weights { get; init; }

    /// <summary>How the result names given probabilities as their source (a host may name its own input: the CLI's option).</summary>
    public string GivenBy { get; init; } = ScenarioProbabilityText.Source;

    public int Draws { get; init; } = AppraisalOptions.DefaultDraws;

    public ulong Seed { get; init; } = AppraisalOptions.DefaultSeed;

    /// <summary>Cores to use (null: all); the numbers are the same for any count.</summary>
    public int? Cores { get; init; }

    /// <summary>Whether to compute the tornado, switching values and EVPI (a replay leaves them out for speed).</summary>
    public bool Sensitivity { get; init; } = true;

    /// <summary>Outcomes that resolve scenarios (see <see cref="Journal.OutcomeRule"/>); null: those recorded in the store the scope names.</summary>
    public IReadOnlyList<Journal.ScenarioOutcome>? Outcomes { get; init; }

    /// <summary>Whether to read the named store's state even when the case reads no events, so the identity records its ledger position (the watch compares it).</summary>
    public bool RecordStore { get; init; }

    /// <summary>What is wrong with the request before any data are read.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        if (Probabilities == ProbabilityChoice.Given && string.IsNullOrWhiteSpace(Given))
            problems.Add(Problem.About(Subjects.ScenarioProbabilities, "no probabilities given", "write {scenario_probabilities} id=p for every scenario, e.g. no_invasion=0.3,limited_incursion=0.4,full_invasion=0.3"));
        if (Probabilities != ProbabilityChoice.Given && Given is not null)
            problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"probabilities given, and also asked to take them from the {(Probabilities == ProbabilityChoice.Priors ? "priors" : "signposts")}", "give one source of probabilities"));
        return problems;
    }
}
