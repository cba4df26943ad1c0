using System.Globalization;
using System.Runtime.CompilerServices;

namespace Fulcrum.Core.Problems;

/// <summary>
/// Programmer errors: a caller broke a method's contract (user input is checked at the edge into
/// <see cref="Problem"/>s, never here). One message format; NaN never passes a range check.
/// </summary>
public static class Preconditions
{
    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] (NaN does not).</summary>
    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= min && value <= max)) throw OutOfRange(name, value, $"[{F(min)}, {F(max)}]");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max) throw OutOfRange(name, value, $"[{min}, {max}]");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is at least <paramref name="min"/>.</summary>
    public static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min) throw OutOfRange(name, value, $"{min} or more");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number (not NaN or ±infinity).</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value)) throw OutOfRange(name, value, "a finite number");
        return value;
    }

    /// <summary>Throws when <paramref name="condition"/> is false, saying what the contract is.</summary>
    public static void Require(bool condition, string contract, [CallerArgumentExpression(nameof(condition))] string? name = null)
    {
        if (!condition) throw new ArgumentException($"precondition failed: {contract} ({name})", name);
    }

    private static ArgumentOutOfRangeException OutOfRange(string? name, object value, string valid) =>
        new(name, value, $"precondition failed: {name} must be {valid}; it is {(value is double d ? F(d) : value)}");

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
