using System.Globalization;

namespace Fulcrum.Detection.Reading.Internal;

/// <summary>How finely a date was written: a day, a month or a year.</summary>
internal enum DateGrain
{
    Day,
    Month,
    Year,
}

/// <summary>
/// The date forms a series file may use: <c>2021-10-01</c> or <c>20211001</c> (a day),
/// <c>2021-10</c> or <c>202110</c> (a month, dated by its first day), <c>2021</c> (a year, dated 1 January).
/// </summary>
internal static class SeriesDate
{
    public const string Forms = "YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYMM or YYYY";

    /// <summary>
    /// The last date a series may hold: the calendar ends on 9999-12-31, and the detectors and the
    /// weekly aggregation step one period past a series' last date (its week's Sunday, its next month).
    /// </summary>
    public static readonly DateOnly Last = new(9998, 12, 31);

    private static readonly (string Format, DateGrain Grain)[] Formats =
    [
        ("yyyy-MM-dd", DateGrain.Day),
        ("yyyyMMdd", DateGrain.Day),
        ("yyyy-MM", DateGrain.Month),
        ("yyyyMM", DateGrain.Month),
        ("yyyy", DateGrain.Year),
    ];

    public static bool TryParse(string text, out DateOnly date, out DateGrain grain)
    {
        foreach (var (format, g) in Formats)
        {
            if (text.Length == format.Length &&
                DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                grain = g;
                return true;
            }
        }
        date = default;
        grain = default;
        return false;
    }
}
