using Fulcrum.Core.Time;

namespace Fulcrum.Watch.Balance;

/// <summary>
/// The focal state's relation with each power side by side over time, each standardised on its own
/// trailing baseline, the tilt between the first two powers, and each power's tolerance band.
/// </summary>
/// <param name="Case">The case's id.</param>
/// <param name="Focal">The focal state.</param>
/// <param name="Powers">The powers, first first: the tilt is z(first) − z(second).</param>
/// <param name="AsOf">The date the sheet is drawn as of (by default the case's as_of): no point after it is used.</param>
/// <param name="Fast">The fast measure (events).</param>
/// <param name="Slow">The slow measure (UN votes, per year).</param>
/// <param name="Bands">Every tolerance of the case: drawn on a relation, or said not to be drawable.</param>
public sealed record BalanceSheet(string Case, string Focal, IReadOnlyList<string> Powers, DateOnly AsOf,
    RelationTrack Fast, RelationTrack Slow, IReadOnlyList<ToleranceBand> Bands);

/// <summary>One measure of the relations over time.</summary>
/// <param name="Measure">What is measured, e.g. <c>builtin:gdelt-dyads</c> or <c>UN General Assembly s</c>.</param>
/// <param name="Period">The period of the rows.</param>
/// <param name="BaselinePoints">Points in each trailing baseline.</param>
/// <param name="Series">Per power (in the case's order): the series used, or why there is none.</param>
/// <param name="Rows">One row per date any power's series has, in date order.</param>
/// <param name="Notes">What an analyst should know: where data end before as_of, baselines not yet full.</param>
public sealed record RelationTrack(string Measure, Period Period, int BaselinePoints,
    IReadOnlyList<RelationSeriesInfo> Series, IReadOnlyList<BalanceRow> Rows, IReadOnlyList<string> Notes);

/// <summary>The series behind one power's relation: its name and span, or why it is missing.</summary>
/// <param name="NoDataSince">When the series ends before the as-of period: the first period without data (null otherwise).</param>
public sealed record RelationSeriesInfo(string Power, string? Name, DateOnly? From, DateOnly? To, string? Missing, DateOnly? NoDataSince = null);

/// <summary>One date: each power's value and standardised value, the tilt, and the bands it is outside.</summary>
/// <param name="Date">The period's date.</param>
/// <param name="Relations">Per power (in the case's order).</param>
/// <param name="Tilt">z(first power) − z(second power), when both are known: above 0, the relation with the first power stands better against its own baseline.</param>
/// <param name="Outside">The ids of the tolerance bands the standardised relations are outside on this date.</param>
public sealed record BalanceRow(DateOnly Date, IReadOnlyList<RelationValue> Relations, double? Tilt, IReadOnlyList<string> Outside);

/// <summary>A power's relation on one date: the value, and (x − mean) / sd of the baseline before it.</summary>
/// <param name="Power">The power.</param>
/// <param name="Value">The measure's value (null: no point on this date).</param>
/// <param name="Z">Standardised on the trailing baseline (null: baseline not yet full, or without spread).</param>
/// <param name="BaselineMean">The baseline's mean.</param>
/// <param name="BaselineSd">The baseline's sample standard deviation.</param>
public sealed record RelationValue(string Power, double? Value, double? Z, double? BaselineMean, double? BaselineSd);

/// <summary>
/// A power's tolerance from the case. A tolerance on a relation is a band on that power's
/// standardised relation (e.g. USA below −1.5 sd breaches); one on an interest cannot be drawn on relations.
/// </summary>
/// <param name="Tolerance">The tolerance's id.</param>
/// <param name="Power">The power whose tolerance it is.</param>
/// <param name="Name">The tolerance in words.</param>
/// <param name="Drawable">True when it is a band on a relation.</param>
/// <param name="Relation">The power whose relation the band is on (drawable only).</param>
/// <param name="Below">Breach below the threshold (else above).</param>
/// <param name="Threshold">In standard deviations for a relation; in the interest's unit otherwise.</param>
/// <param name="Note">Why it is not drawable, or null.</param>
public sealed record ToleranceBand(string Tolerance, string Power, string Name, bool Drawable, string? Relation, bool Below, double Threshold, string? Note);
