using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// The JSON of <c>fulcrum examine --json</c> (snake_case on output). The fields the issue fixes come
/// first in each object; the rest add what a script needs to trace a number.
/// </summary>
public sealed record ExamineJson(
    string Case, ulong Seed, int Draws, string ProbabilitySource, IReadOnlyList<string> ProbabilitiesMovedBy,
    IReadOnlyList<ExamineJson.SignpostJson>? Signposts, IReadOnlyList<ExamineJson.FlagJson>? Flags,
    IReadOnlyList<ScenarioUsed> Scenarios, IReadOnlyList<ExamineJson.OptionJson> Options, ExamineJson.RecommendationJson Recommendation,
    string? SensitivityOptionA, string? SensitivityOptionB,
    IReadOnlyList<TornadoBar> Tornado, IReadOnlyList<SwitchingValue> Switching, Evpi? Evpi, IReadOnlyList<string> Notes)
{
    /// <summary>The JSON of an appraisal; <paramref name="signposts"/> (null when the probabilities did not come from them) adds the signposts' states and flags.</summary>
    public static ExamineJson From(Appraisal a, SignpostReport? signposts = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        var s = a.Sensitivity;
        return new ExamineJson(
            a.Case, a.Seed, a.Draws, a.ProbabilitySource, a.ProbabilitiesMovedBy,
            signposts?.Readings.Select(r => new SignpostJson(r.Id, r.State, r.Since, signposts.Update.MovedBy.Contains(r.Id), r.Reason)).ToList(),
            signposts?.Flags.Select(f => new FlagJson(f.Signpost, f.Text, f.Since)).ToList(),
            a.Scenarios,
            [.. a.Options.Select(o => new OptionJson(
                o.Id, o.Name, o.ExpectedUtility, o.EuLow, o.EuHigh, o.EuSe, o.Cvar10, o.Breach, o.PBest, o.RankAcceptability,
                o.ExpectedRegret, o.RegretP95, o.BreachByTolerance, o.Admissible,
                o.CentralWeights is { } w ? a.Interests.Select((id, i) => (id, w[i])).ToDictionary(t => t.id, t => t.Item2, StringComparer.Ordinal) : null))],
            new RecommendationJson(a.Recommendation.Option, a.Recommendation.Reason, a.Recommendation.Admissible,
                a.Recommendation.Status, a.Recommendation.Runner),
            s?.OptionA, s?.OptionB, s?.Tornado ?? [], s?.Switching ?? [], s?.Evpi, s?.Notes ?? []);
    }

    /// <summary>One option's measures; <c>breach</c> is per power (null: the power states no tolerance).</summary>
    public sealed record OptionJson(
        string Id, string Name, double ExpectedUtility, double EuLow, double EuHigh, double EuSe, double Cvar10,
        IReadOnlyDictionary<string, double?> Breach, double PBest, IReadOnlyList<double> RankAcceptability,
        double ExpectedRegret, double RegretP95, IReadOnlyDictionary<string, double> BreachByTolerance, bool Admissible,
        IReadOnlyDictionary<string, double>? CentralWeights);

    /// <summary>A signpost as examine read it: state, since when, whether it moved the probabilities, and why.</summary>
    public sealed record SignpostJson(string Id, SignpostState State, DateOnly? Since, bool MovedProbabilities, string Reason);

    /// <summary>A fired signpost's flag.</summary>
    public sealed record FlagJson(string Signpost, string Text, DateOnly? Since);

    /// <summary>The recommended option, the reason, and the admissible options (best expected utility first).</summary>
    public sealed record RecommendationJson(string Option, string Reason, IReadOnlyList<string> Admissible, RecommendationStatus Status, string? Runner);
}
