using Fulcrum.App.Alarms;
using Fulcrum.Core.Evidence;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Events.Reference;

namespace Fulcrum.App.Contracts;

/// <summary><c>alarms</c> as JSON: the detector, its settings, and every alarm with its evidence.</summary>
public sealed record AlarmsContract(
    string Source, string Method, Period Period, IReadOnlyDictionary<string, double> Settings, int SeriesCount,
    IReadOnlyList<AlarmContract> Alarms, IReadOnlyList<SkippedContract> Skipped) : Contract
{
    public static AlarmsContract Of(AlarmsOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Report;
        return new(o.Source, r.Method, o.Period, r.Settings, r.Runs.Count, [.. r.Alarms.Select(a => AlarmContract.Of(a) with { DateEnd = o.Period.End(o.Period.Start(a.Date)) })],
            [.. r.Skipped.Select(s => new SkippedContract(s.Series, s.Reason))]);
    }
}

/// <summary>A series the scan did not run, and why.</summary>
public sealed record SkippedContract(string Series, string Reason);

/// <summary>One alarm as every result shows it: what, when, against which baseline, on which evidence.</summary>
public sealed record AlarmContract(
    string Series, DateOnly Date, DateOnly Onset, string Method, Direction Direction, Meaning Meaning, double Statistic, double Threshold,
    double BaselineMean, double BaselineSd, DateOnly? BaselineStart, DateOnly? BaselineEnd, AlarmEvidenceContract Evidence)
{
    /// <summary>The last day of the alarm's period (a week's Sunday; the date itself by day); null where the period is not known.</summary>
    public DateOnly? DateEnd { get; init; }

    public static AlarmContract Of(Alarm a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Series, a.Date, a.Onset, a.Method, a.Direction, a.Meaning, a.Statistic, a.Threshold, a.BaselineMean, a.BaselineSd,
            a.BaselineStart, a.BaselineEnd,
            new AlarmEvidenceContract([.. a.Evidence.Points.Select(PointContract.Of)], a.Evidence.Events?.Select(EvidenceEventContract.Of).ToList()));
    }
}

/// <summary>The points behind an alarm, and the events (null when the series' source has none).</summary>
public sealed record AlarmEvidenceContract(IReadOnlyList<PointContract> Points, IReadOnlyList<EvidenceEventContract>? Events);

/// <summary>One point of a series.</summary>
public sealed record PointContract(DateOnly Date, double Value)
{
    public static PointContract Of(SeriesPoint p) => new(p.Date, p.Value);
}

/// <summary>One event as evidence: its id, date, actors, CAMEO code and description, scores, and the article it came from.</summary>
public sealed record EvidenceEventContract(
    string Id, DateOnly Date, string Actor1, string Actor2, string EventCode, double? Goldstein, string? SourceUrl,
    string Dataset, string? Actor1Name, string? Actor2Name, int QuadClass, int? NumMentions, double? AvgTone, string Description)
{
    public static EvidenceEventContract Of(EvidenceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), e.EventDate, e.Actor1Code ?? "", e.Actor2Code ?? "",
            e.EventCode, e.GoldsteinScale, e.SourceUrl, e.Dataset, e.Actor1Name, e.Actor2Name, e.QuadClass, e.NumMentions, e.AvgTone,
            CameoEventCodes.Find(e.EventCode)?.Description ?? e.EventCode);
    }
}
