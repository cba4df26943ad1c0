namespace Fulcrum.Detection;

/// <summary>Which way a series moved at an alarm.</summary>
public enum Direction
{
    Up,
    Down,
}

/// <summary>What a move means for the relation, given the series' <see cref="Polarity"/>.</summary>
public enum Meaning
{
    /// <summary>The series' polarity is not known.</summary>
    Unknown,

    Worsening,

    Improving,
}

/// <summary>Reading a direction through a polarity.</summary>
public static class DirectionMeaning
{
    public static Meaning Of(Direction direction, Polarity polarity) => (direction, polarity) switch
    {
        (_, Polarity.Unknown) => Meaning.Unknown,
        (Direction.Up, Polarity.HigherIsBetter) or (Direction.Down, Polarity.HigherIsWorse) => Meaning.Improving,
        _ => Meaning.Worsening,
    };
}
