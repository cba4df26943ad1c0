namespace Fulcrum.Detection;

/// <summary>One dated value of a series.</summary>
public readonly record struct SeriesPoint(DateOnly Date, double Value);
