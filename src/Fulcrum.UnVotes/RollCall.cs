namespace Fulcrum.UnVotes;

/// <summary>One recorded General Assembly vote.</summary>
/// <param name="Id">The roll call's id in the data (rcid).</param>
/// <param name="Session">The General Assembly session (1 = 1946; session s opens in September of 1945 + s).</param>
/// <param name="Date">The date of the vote.</param>
/// <param name="Important">On the US State Department's list of important votes; null where the data does not say (from 2018, and some roll calls 1997-2017).</param>
/// <param name="Resolution">The resolution, e.g. <c>R/76/...</c>.</param>
/// <param name="Title">The short title.</param>
/// <param name="Issues">Its issue categories (may be empty).</param>
public sealed record RollCall(int Id, int Session, DateOnly Date, bool? Important, string Resolution, string Title, IReadOnlyList<UnIssue> Issues)
{
    public int Year => Date.Year;
}
