using System.Text.Json.Serialization;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;

namespace Fulcrum.App.Contracts;

/// <summary><c>dyad</c> as JSON: the query as run and one row per period with every measure (null where undefined).</summary>
public sealed record DyadContract(
    string ActorA, string ActorB, bool Directed, string By, DateOnly From, DateOnly To, bool StateActors, bool RootOnly, int? MinMentions,
    bool Dedupe, IReadOnlyList<string> Roots, string Normalize, int? Baseline, IReadOnlyList<DyadPeriodContract> Periods) : Contract
{
    /// <param name="s">The series.</param>
    /// <param name="namer">How the host names subjects in the warnings; null: the domain's words.</param>
    public static DyadContract Of(DyadSeries s, Func<string, string>? namer = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = s.Query;
        return new(q.ActorA, q.ActorB, q.Directed, q.By.Noun(), s.From, s.To, q.StateActorsOnly, q.RootEventsOnly, q.MinMentions, q.Dedupe, q.Roots,
            q.Normalize.ToString().ToLowerInvariant(), q.Normalize == DyadNormalization.Zscore ? q.BaselinePeriods : null,
            [.. s.Points.Select(DyadPeriodContract.Of)])
        { MonthOnlyLeftOut = s.MonthOnlyLeftOut, Warnings = [.. s.Warnings.Select(w => ProblemContract.Of(w, namer))] };
    }

    /// <summary>What the series may not mean what was asked (an unknown actor code, with suggestions).</summary>
    public IReadOnlyList<ProblemContract> Warnings { get; init; } = [];

    /// <summary>Events in the store dated only to their month, which a daily or weekly series leaves out (0 by month).</summary>
    public long MonthOnlyLeftOut { get; init; }
}

/// <summary>One period of a dyad series: every measure of the dyad command, named as it names them; <c>covered: false</c> (and every measure null) where the store has no data.</summary>
public sealed record DyadPeriodContract(
    DateOnly PeriodStart, DateOnly PeriodEnd, double? N1, double? N2, double? N3, double? N4, double? Events,
    double? GoldsteinSum, double? GoldsteinPos, double? GoldsteinNeg, double? GoldsteinMean,
    [property: JsonPropertyName("netcoop")] double? NetCoop, double? Tone)
{
    /// <summary>False when the store's files do not cover the period: no data, not zero.</summary>
    public bool Covered { get; init; } = true;

    public static DyadPeriodContract Of(DyadPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.PeriodStart, p.PeriodEnd, p.N1, p.N2, p.N3, p.N4, p.Events, p.GoldsteinSum, p.GoldsteinPos, p.GoldsteinNeg, p.GoldsteinMean, p.NetCoop, p.Tone)
        { Covered = p.Covered };
    }
}
