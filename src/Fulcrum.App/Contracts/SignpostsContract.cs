using Fulcrum.App.Signposts;
using Fulcrum.Core.Time;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Contracts;

/// <summary><c>signposts</c> as JSON: every signpost's state and evidence, the flags, and prior → posterior per scenario.</summary>
public sealed record SignpostsContract(
    IdentityContract Identity, string Case, DateOnly AsOf, IReadOnlyList<SignpostContract> Signposts, IReadOnlyList<FlagContract> Flags,
    IReadOnlyList<ScenarioPosteriorContract> Scenarios, IReadOnlyList<string> MovedBy) : Contract
{
    /// <summary>Fired signposts whose group counted once through another member.</summary>
    public IReadOnlyList<GroupedContract> Grouped { get; init; } = [];

    public static SignpostsContract Of(SignpostOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Report;
        return new(IdentityContract.Of(o.Identity), r.Case, r.AsOf, [.. r.Readings.Select(SignpostContract.Of)], [.. r.Flags.Select(FlagContract.Of)],
            [.. r.Update.Scenarios.Select(ScenarioPosteriorContract.Of)], r.Update.MovedBy)
        { Grouped = [.. r.Update.Grouped.Select(g => new GroupedContract(g.Signpost, g.Group, g.CountedAs))] };
    }
}

/// <summary>A fired signpost left out of Bayes' rule because <paramref name="CountedAs"/>, of the same group, carried its evidence.</summary>
public sealed record GroupedContract(string Signpost, string Group, string CountedAs);

/// <summary>A scenario's prior and posterior, and the likelihood ratios that moved it.</summary>
public sealed record ScenarioPosteriorContract(string Id, string Name, double Prior, double Posterior, IReadOnlyList<LikelihoodFactorContract> Factors)
{
    public static ScenarioPosteriorContract Of(ScenarioPosterior s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Name, s.Prior, s.Posterior, [.. s.Factors.Select(f => new LikelihoodFactorContract(f.Signpost, f.Ratio))]);
    }
}

/// <summary>A fired signpost's likelihood ratio for one scenario.</summary>
public sealed record LikelihoodFactorContract(string Signpost, double Ratio);

/// <summary>One signpost as of the date: state, since when, the rule and statistic, why, its effect and its evidence.</summary>
public sealed record SignpostContract(
    string Id, string Name, SignpostState State, DateOnly? Since, string Indicator, string Rule, double? Statistic, double? Threshold,
    Period Period, DateOnly? DataThrough, string Reason, SignpostEffectContract Effect, SignpostEvidenceContract Evidence)
{
    /// <summary>For a change rule: when it clears, in words (null for other rules).</summary>
    public string? Clears { get; init; }

    /// <summary>For a fired change rule: why it still counts as evidence (null otherwise).</summary>
    public string? StillCounts { get; init; }

    /// <summary>For no data because its series stopped before as_of: the first period without data (null otherwise).</summary>
    public DateOnly? NoDataSince { get; init; }

    /// <summary>The signpost's group (null: none).</summary>
    public string? Group { get; init; }

    public static SignpostContract Of(SignpostReading r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var e = r.Signpost.Effect;
        return new(r.Id, r.Signpost.Name, r.State, r.Since, r.Evidence.Origin, r.Rule, r.Statistic, r.Threshold, r.Period, r.DataThrough, r.Reason,
            new SignpostEffectContract(e.LikelihoodRatios.Count > 0 ? e.LikelihoodRatios : null, e.Flag.Length > 0 ? e.Flag : null),
            new SignpostEvidenceContract(
                r.Evidence.Alarm is { } a ? AlarmContract.Of(a) : null,
                [.. r.Evidence.Points.Select(PointContract.Of)],
                r.Evidence.Observation is Observation o ? new ObservationContract(o.Date, o.Fired, o.Note, o.Source) : null))
        {
            Clears = r.Clears.Length > 0 ? r.Clears : null,
            StillCounts = r.StillCounts,
            NoDataSince = r.NoDataSince,
            Group = r.Signpost.Group.Length > 0 ? r.Signpost.Group : null,
        };
    }
}

/// <summary>What a fired signpost does: likelihood ratios by scenario, a flag, or both (null: not stated).</summary>
public sealed record SignpostEffectContract(IReadOnlyDictionary<string, double>? LikelihoodRatios, string? Flag);

/// <summary>What a signpost's state rests on: an alarm, the points of a threshold rule, or an observation.</summary>
public sealed record SignpostEvidenceContract(AlarmContract? Alarm, IReadOnlyList<PointContract> Points, ObservationContract? Observation);

/// <summary>A manual observation.</summary>
public sealed record ObservationContract(DateOnly Date, bool Fired, string Note, string Source);
