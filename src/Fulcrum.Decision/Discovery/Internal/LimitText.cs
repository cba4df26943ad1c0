using System.Globalization;

namespace Fulcrum.Decision.Discovery.Internal;

/// <summary>A box's limits in plain words.</summary>
internal static class LimitText
{
    public static string Categories(string dimension, IReadOnlyList<string> kept) =>
        kept.Count == 1 ? $"{dimension} is {kept[0]}" : $"{dimension} is {string.Join(", ", kept.Take(kept.Count - 1))} or {kept[^1]}";

    public static string Interval(string dimension, double? low, double? high, string unit)
    {
        var u = unit.Length > 0 ? $" ({unit})" : "";
        return (low, high) switch
        {
            ({ } l, { } h) => $"{dimension} between {F(l)} and {F(h)}{u}",
            ({ } l, null) => $"{dimension} at least {F(l)}{u}",
            (null, { } h) => $"{dimension} at most {F(h)}{u}",
            _ => $"{dimension} unrestricted",
        };
    }

    private static string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
