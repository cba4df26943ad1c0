namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// <see cref="ThirdPartyCommit"/> as a type, so that the challenge kernel is compiled once per
/// rule. In <see cref="ThirdParty.Vote"/> each of the four outcomes sums three utilities u + u + x;
/// the rule decides only whether the third term x is the winner's utility or the third party's own.
/// </summary>
internal interface ICommitRule
{
    /// <summary>The third party ends at the winner's position whatever happens (<see cref="ThirdPartyCommit.FullCommit"/>).</summary>
    static abstract bool Full { get; }

    /// <summary>The third party keeps its own position whatever happens (<see cref="ThirdPartyCommit.NoCommit"/>).</summary>
    static abstract bool None { get; }
}

internal static class CommitRules
{
    internal readonly struct Full : ICommitRule
    {
        static bool ICommitRule.Full => true;
        static bool ICommitRule.None => false;
    }

    internal readonly struct Semi : ICommitRule
    {
        static bool ICommitRule.Full => false;
        static bool ICommitRule.None => false;
    }

    internal readonly struct None : ICommitRule
    {
        static bool ICommitRule.Full => false;
        static bool ICommitRule.None => true;
    }
}
