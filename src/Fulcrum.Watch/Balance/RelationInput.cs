using Fulcrum.Detection;

namespace Fulcrum.Watch.Balance;

/// <summary>The series of one measure for each power (loaded at the edge; the balance sheet does no I/O).</summary>
/// <param name="Measure">What is measured, for the reader: <c>builtin:gdelt-dyads</c>, <c>store goldstein_sum</c>, <c>UN General Assembly s</c>.</param>
/// <param name="Series">One entry per power.</param>
/// <param name="Aggregate">How its days become weeks or months: summed (counts and sums, the default) or averaged (levels: tone, mean Goldstein).</param>
public sealed record RelationInput(string Measure, IReadOnlyList<PowerSeries> Series, WeekAggregate Aggregate = WeekAggregate.Sum);

/// <summary>The focal state's relation with one power as a series, or why there is none.</summary>
public sealed record PowerSeries(string Power, Series? Series, string? Missing = null);
