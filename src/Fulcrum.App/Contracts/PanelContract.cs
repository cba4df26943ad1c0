using Fulcrum.App.Panel;
using Fulcrum.Elicitation.Panels;

namespace Fulcrum.App.Contracts;

/// <summary>
/// The <c>panel</c> object of <c>examine</c> with a panel, as JSON: each analyst's inputs and the
/// recommendation under them, the aggregate (how it was pooled, both opinion pools) and its
/// recommendation, and for every input what each analyst's value alone does to that recommendation;
/// <c>decisive</c> names the inputs on which the analysts disagree enough to change the answer.
/// Nested in <see cref="ExamineContract"/>, so it carries no schema version of its own.
/// </summary>
public sealed record PanelContract(
    string Directory, string Recommendation, string Reason, bool Unanimous,
    PanelContract.AggregateInputs Aggregate, IReadOnlyList<PanelContract.Analyst> Analysts,
    IReadOnlyList<PanelContract.Input> Inputs, IReadOnlyList<PanelContract.InputRef> Decisive)
{
    public static PanelContract Of(PanelExamination e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (panel, study, agg) = (e.Panel, e.Study, e.Study.Aggregate);
        IReadOnlyDictionary<string, double>? Weights(IReadOnlyList<double>? w) => w is null ? null : AhpWeightsContract.ById(panel.Interests, w);
        IReadOnlyDictionary<string, double>? Probabilities(IReadOnlyList<double>? p) => p is null ? null : AhpWeightsContract.ById(panel.Scenarios, p);
        var rec = study.AggregateAppraisal.Recommendation;
        return new PanelContract(
            e.Directory, rec.Option, rec.Reason, study.Unanimous,
            new AggregateInputs(Weights(agg.Weights), agg.WeightRule,
                agg.WeightSpread?.Select((s, i) => (panel.Interests[i], new Range(s.Low, s.High))).ToDictionary(t => t.Item1, t => t.Item2, StringComparer.Ordinal),
                agg.JudgementsAnalysis?.LambdaMax, agg.JudgementsAnalysis?.ConsistencyRatio,
                Probabilities(agg.Probabilities), agg.ProbabilityRule, Probabilities(agg.LinearPool), Probabilities(agg.LogarithmicPool)),
            [.. panel.Analysts.Select((a, k) => new Analyst(a.Name, a.File, agg.Shares[k], a.Method, Weights(a.Weights), a.Ahp?.ConsistencyRatio,
                Probabilities(a.Probabilities), study.Analysts[k].Recommendation, a.Note))],
            [.. study.Inputs.Select(i => new Input(i.Kind, i.Id, i.Aggregate, i.Low, i.High, i.ChangesRecommendation,
                [.. i.Swaps.Select(s => new Swap(s.Analyst, s.Value, s.Recommendation, s.Changes, s.Ran))]))],
            [.. study.Decisive.Select(i => new InputRef(i.Kind, i.Id))]);
    }

    /// <summary>The panel's combined inputs: weights (null when the analysts gave none) with their rule and spread, λmax and CR of the pooled judgements (AHP panels), and the probabilities by the pool used and by both pools.</summary>
    public sealed record AggregateInputs(
        IReadOnlyDictionary<string, double>? Weights, string WeightRule, IReadOnlyDictionary<string, Range>? WeightSpread,
        double? LambdaMax, double? ConsistencyRatio,
        IReadOnlyDictionary<string, double>? Probabilities, string ProbabilityRule,
        IReadOnlyDictionary<string, double>? LinearPool, IReadOnlyDictionary<string, double>? LogarithmicPool);

    /// <summary>One analyst: their share of the pools, how they weighed, their inputs (normalised) and the recommendation under them.</summary>
    public sealed record Analyst(
        string Name, string File, double Share, WeightMethod Method, IReadOnlyDictionary<string, double>? Weights, double? ConsistencyRatio,
        IReadOnlyDictionary<string, double>? Probabilities, string Recommendation, string Note);

    /// <summary>One input (an interest's weight or a scenario's probability): the aggregate's value, the analysts' range, and each analyst's swap.</summary>
    public sealed record Input(InputKind Kind, string Id, double Aggregate, double Low, double High, bool ChangesRecommendation, IReadOnlyList<Swap> Swaps);

    /// <summary>The aggregate with one analyst's value of one input: the recommendation that follows; <c>ran</c> false when the value is the aggregate's own.</summary>
    public sealed record Swap(string Analyst, double Value, string Recommendation, bool Changes, bool Ran);

    /// <summary>An input named by its kind and id.</summary>
    public sealed record InputRef(InputKind Kind, string Id);

    /// <summary>From the lowest to the highest value.</summary>
    public sealed record Range(double Low, double High);
}
