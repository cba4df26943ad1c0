namespace Fulcrum.UnVotes;

/// <summary>A recorded vote. The data stores no absences: a country absent or not yet a member has no vote (<see cref="None"/>).</summary>
public enum Vote : byte
{
    None = 0,
    Yes = 1,
    Abstain = 2,
    No = 3,
}

/// <summary>Votes as numbers on the yes–no scale used by the agreement measures.</summary>
public static class VoteScale
{
    /// <summary>Yes 1, abstain ½, no 0 (Signorino &amp; Ritter 1999; Voeten's agreement index).</summary>
    public static double Value(this Vote vote) => vote switch
    {
        Vote.Yes => 1,
        Vote.Abstain => 0.5,
        Vote.No => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "no vote has no value"),
    };
}
