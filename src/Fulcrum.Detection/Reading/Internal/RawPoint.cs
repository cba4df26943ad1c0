namespace Fulcrum.Detection.Reading.Internal;

/// <summary>One value as read, before grouping: its series, date, value (null when missing) and line.</summary>
internal readonly record struct RawPoint(string Series, DateOnly Date, double? Value, int Line);
