using System.Collections.Immutable;
using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>
/// A named series of dated values in strictly increasing date order, with the period its dates
/// step by. Points may be missing (a series read with gaps skipped), so consecutive dates can be
/// more than one period apart; detectors treat the points in order. Immutable.
/// </summary>
public sealed class Series
{
    /// <summary>A series; checks that dates increase strictly and values are finite (programmer errors: readers check input first).</summary>
    /// <param name="name">The series' name, e.g. <c>RUS-UKR</c>.</param>
    /// <param name="period">The period its dates step by.</param>
    /// <param name="dates">The dates, strictly increasing.</param>
    /// <param name="values">One finite value per date.</param>
    /// <param name="source">Where it came from: a file path, <c>builtin:gdelt-dyads</c>, <c>unvotes:ISR-RUS:s</c>.</param>
    /// <param name="polarity">Which way is bad, if known.</param>
    public Series(string name, Period period, IEnumerable<DateOnly> dates, IEnumerable<double> values, string source, Polarity polarity = Polarity.Unknown)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Dates = [.. dates];
        Values = [.. values];
        if (Dates.Length != Values.Length)
            throw new ArgumentException($"series '{name}' has {Dates.Length} dates but {Values.Length} values", nameof(values));
        for (var i = 0; i < Dates.Length; i++)
        {
            if (i > 0 && Dates[i] <= Dates[i - 1])
                throw new ArgumentException($"series '{name}': dates must increase strictly ({Dates[i - 1]:yyyy-MM-dd} then {Dates[i]:yyyy-MM-dd})", nameof(dates));
            if (!double.IsFinite(Values[i]))
                throw new ArgumentException($"series '{name}': value at {Dates[i]:yyyy-MM-dd} is not finite", nameof(values));
        }
        Name = name;
        Period = period;
        Source = source;
        Polarity = polarity;
    }

    public string Name { get; }

    public Period Period { get; }

    public ImmutableArray<DateOnly> Dates { get; }

    public ImmutableArray<double> Values { get; }

    public string Source { get; }

    public Polarity Polarity { get; }

    public int Count => Dates.Length;

    /// <summary>
    /// The dates at which the data resume after a gap of no data (a period the event store does not
    /// cover), each the date of a point: the series is a run of segments, and detectors compute
    /// nothing across a gap (<see cref="Segments"/>). Empty for a series without such gaps.
    /// </summary>
    public IReadOnlyList<DateOnly> Breaks { get; init; } = [];

    public SeriesPoint this[int index] => new(Dates[index], Values[index]);

    /// <summary>The points from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public IReadOnlyList<SeriesPoint> Points(int start, int end) =>
        [.. Enumerable.Range(start, Math.Max(0, end - start)).Select(i => this[i])];

    /// <summary>The same series up to and including <paramref name="last"/>: what was known on that date.</summary>
    public Series Until(DateOnly last)
    {
        var n = 0;
        while (n < Count && Dates[n] <= last) n++;
        return n == Count ? this : new Series(Name, Period, Dates.Take(n), Values.Take(n), Source, Polarity) { Breaks = [.. Breaks.Where(b => b <= last)] };
    }

    /// <summary>The same points with another polarity.</summary>
    public Series WithPolarity(Polarity polarity) => new(Name, Period, Dates, Values, Source, polarity) { Breaks = Breaks };

    /// <summary>True when every value is a whole number ≥ 0: a count, fit for the Poisson models.</summary>
    public bool IsCounts() => Values.All(v => v >= 0 && v == Math.Floor(v));

    public override string ToString() => $"{Name} ({Count} {Period.Noun()}s, {Source})";
}
