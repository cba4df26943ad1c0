using Fulcrum.App.Examine;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Contracts;

/// <summary>
/// <c>examine</c> as JSON: the examination's identity, where the probabilities came from, what
/// the case's questions gave per option, each option's measures, the recommendation and the
/// sensitivities; the adaptive plans beside the options, and what watching each signpost is worth.
/// </summary>
public sealed record ExamineContract(
    IdentityContract Identity,
    string Case, ulong Seed, int Draws, string ProbabilitySource, IReadOnlyList<string> ProbabilitiesMovedBy,
    IReadOnlyList<ExamineContract.SignpostState>? Signposts, IReadOnlyList<FlagContract>? Flags,
    IReadOnlyList<ScenarioUsed> Scenarios, IReadOnlyList<ExamineContract.OptionMeasures> Options, ExamineContract.RecommendationContract Recommendation,
    string? SensitivityOptionA, string? SensitivityOptionB,
    IReadOnlyList<TornadoBar> Tornado, IReadOnlyList<SwitchingValue> Switching, Evpi? Evpi, IReadOnlyList<string> Notes) : Contract
{
    /// <summary>What each of the case's questions gave under each option (empty when the case has none): the probabilities and effects the options were appraised with.</summary>
    public IReadOnlyList<QuestionContract> Questions { get; init; } = [];

    /// <summary>One appraisal per adaptive plan, in the case's order (empty when the case has none).</summary>
    public IReadOnlyList<PlanAppraisal> Plans { get; init; } = [];

    /// <summary>Per signpost that states fire probabilities, the value of watching it (EVSI) and the best response to each reading.</summary>
    public IReadOnlyList<SignpostValue> Watching { get; init; } = [];

    /// <summary>The fixed option the plans' and signposts' values are measured against (the best admissible one); null without plans or fire probabilities.</summary>
    public string? WatchingAgainst { get; init; }

    /// <summary>Whether any signpost could not be judged (see <see cref="DegradedReasons"/>): the probabilities then lean on the priors where it would have spoken.</summary>
    public bool Degraded { get; init; }

    /// <summary>Each signpost that could not be judged, and why.</summary>
    public IReadOnlyList<string> DegradedReasons { get; init; } = [];

    /// <summary>The admissible plan of highest expected utility; null when there is none.</summary>
    public string? BestPlan { get; init; }

    /// <summary>EU(best plan) − EU(<see cref="WatchingAgainst"/>): what the signposts' information is worth as the plans use it; null without an admissible plan.</summary>
    public double? BestPlanValue { get; init; }

    public static ExamineContract Of(Examination e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var a = e.Appraisal;
        var signposts = e.Signposts;
        var s = a.Sensitivity;
        return new ExamineContract(
            IdentityContract.Of(e.Identity),
            a.Case, a.Seed, a.Draws, a.ProbabilitySource, a.ProbabilitiesMovedBy,
            signposts?.Readings.Select(r => new SignpostState(r.Id, r.State, r.Since, signposts.Update.MovedBy.Contains(r.Id), r.Reason) { StillCounts = r.StillCounts }).ToList(),
            signposts?.Flags.Select(FlagContract.Of).ToList(),
            a.Scenarios,
            [.. a.Options.Select(o => new OptionMeasures(
                o.Id, o.Name, o.ExpectedUtility, o.EuLow, o.EuHigh, o.EuSe, o.Cvar10, o.Breach, o.PBest, o.RankAcceptability,
                o.ExpectedRegret, o.RegretP95, o.BreachByTolerance, o.Admissible,
                o.CentralWeights is { } w ? a.Interests.Select((id, i) => (id, w[i])).ToDictionary(t => t.id, t => t.Item2, StringComparer.Ordinal) : null)
            { KnifeEdges = o.KnifeEdges, UtilityQuartiles = o.Quartiles })],
            new RecommendationContract(a.Recommendation.Option, a.Recommendation.Reason, a.Recommendation.Admissible, a.Recommendation.Status, a.Recommendation.Runner)
            { Caveats = a.Recommendation.Caveats },
            s?.OptionA, s?.OptionB, s?.Tornado ?? [], s?.Switching ?? [], s?.Evpi, s?.Notes ?? [])
        {
            Questions = [.. e.Questions.Select(QuestionContract.Of)],
            Degraded = e.Degraded.Count > 0,
            DegradedReasons = e.Degraded,
            Plans = a.Plans,
            Watching = a.Watching?.Signposts ?? [],
            WatchingAgainst = a.Watching?.Reference,
            BestPlan = a.Watching?.BestPlan,
            BestPlanValue = a.Watching?.Value,
        };
    }

    /// <summary>When a panel of analysts was studied on the case: what their disagreement does to the answer (absent otherwise).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PanelContract? Panel { get; init; }

    /// <summary>One option's measures; <c>breach</c> is per power (null: the power states no tolerance).</summary>
    public sealed record OptionMeasures(
        string Id, string Name, double ExpectedUtility, double EuLow, double EuHigh, double EuSe, double Cvar10,
        IReadOnlyDictionary<string, double?> Breach, double PBest, IReadOnlyList<double> RankAcceptability,
        double ExpectedRegret, double RegretP95, IReadOnlyDictionary<string, double> BreachByTolerance, bool Admissible,
        IReadOnlyDictionary<string, double>? CentralWeights)
    {
        /// <summary>The tolerances whose breach probability lies within two Monte Carlo standard errors of the accepted maximum.</summary>
        public IReadOnlyList<KnifeEdge> KnifeEdges { get; init; } = [];

        /// <summary>The utility's minimum, quartiles and maximum over the draws: the numbers of the brief's box plots (null when the appraisal was built without them).</summary>
        public UtilityQuartiles? UtilityQuartiles { get; init; }
    }

    /// <summary>A signpost as examine read it: state, since when, whether it moved the probabilities, and why.</summary>
    public sealed record SignpostState(string Id, Watch.Signposts.SignpostState State, DateOnly? Since, bool MovedProbabilities, string Reason)
    {
        /// <summary>For a fired change rule: why it still counts as evidence (null otherwise).</summary>
        public string? StillCounts { get; init; }
    }

    /// <summary>The recommended option, the reason, and the admissible options (best expected utility first).</summary>
    public sealed record RecommendationContract(string Option, string Reason, IReadOnlyList<string> Admissible, RecommendationStatus Status, string? Runner)
    {
        /// <summary>What the answer hangs on: options admissible or not only by a knife edge, with the draws that would settle it.</summary>
        public IReadOnlyList<string> Caveats { get; init; } = [];
    }
}

/// <summary>A fired signpost's flag.</summary>
public sealed record FlagContract(string Signpost, string Text, DateOnly? Since)
{
    public static FlagContract Of(SignpostFlag f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Signpost, f.Text, f.Since);
    }
}
