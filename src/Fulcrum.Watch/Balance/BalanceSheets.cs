using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Balance.Internal;

namespace Fulcrum.Watch.Balance;

/// <summary>
/// Draws the balance sheet of a case from series already loaded: the focal state's relation with
/// each power on the fast and the slow measure, each value standardised on the trailing baseline
/// before it (the case's <c>relations.baseline_days</c>, at least <see cref="BalanceOptions.MinimumBaselinePoints"/>
/// points), the tilt z(first power) − z(second power), and the tolerance bands. Pure: no I/O.
/// </summary>
public static class BalanceSheets
{
    /// <summary>The balance sheet as of <paramref name="asOf"/> (default: the case's as_of): no point after it is used.</summary>
    public static BalanceSheet Build(Case c, RelationInput fast, RelationInput slow, BalanceOptions? options = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(fast);
        ArgumentNullException.ThrowIfNull(slow);
        options ??= BalanceOptions.Default;
        if (options.Check() is [var problem, ..]) throw new ArgumentException(problem, nameof(options));
        var bands = Bands(c);
        var days = c.Relations.BaselineDays;
        var date = asOf ?? c.AsOf;
        return new BalanceSheet(c.Id, c.Focal, c.Powers, date,
            TrackBuilder.Build(fast, c.Powers, date, days, options.By, options.Aggregate ?? fast.Aggregate, options, bands),
            TrackBuilder.Build(slow, c.Powers, date, days, Period.Year, WeekAggregate.Mean, options, bands),
            bands);
    }

    /// <summary>Every tolerance as a band: on a relation, drawn on that power's z; on an interest, listed as not drawable.</summary>
    public static IReadOnlyList<ToleranceBand> Bands(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return [.. c.Tolerances.Select(t => t.BreachWhen.Target == ConditionTarget.Relation
            ? new ToleranceBand(t.Id, t.Power, t.Name, true, t.BreachWhen.Id, t.BreachWhen.Below, t.BreachWhen.Threshold, null)
            : new ToleranceBand(t.Id, t.Power, t.Name, false, null, t.BreachWhen.Below, t.BreachWhen.Threshold,
                $"on interest {t.BreachWhen.Id} ({(t.BreachWhen.Below ? "below" : "above")} {t.BreachWhen.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}), not on a relation: not drawable here"))];
    }
}
