namespace Fulcrum.Bargaining.Smp;

/// <summary>
/// The parameter names KTAB uses in its XML scenarios and logs (e.g. <c>Prop</c>, <c>None</c>,
/// <c>Deterministic</c>), mapped to and from the enums. Names are matched exactly, as KTAB does.
/// </summary>
public static class SmpParameterNames
{
    private static readonly Dictionary<Type, string[]> Names = new()
    {
        [typeof(VotingRule)] = ["Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"],
        [typeof(VictoryProbModel)] = ["Linear", "Square", "Quartic", "Octic", "Binary"],
        [typeof(PceModel)] = ["Conditional", "MarkovIncentive", "MarkovUniform"],
        [typeof(StateTransition)] = ["Deterministic", "Stochastic"],
        [typeof(BigRRange)] = ["Min", "Mid", "Max"],
        [typeof(BigRAdjust)] = ["None", "OneThird", "Half", "TwoThirds", "Full"],
        [typeof(ThirdPartyCommit)] = ["NoCommit", "SemiCommit", "FullCommit"],
        [typeof(InterVecBargain)] = ["S1P1", "S2P2", "S2PMax"],
        [typeof(BargainModel)] = ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
    };

    /// <summary>KTAB's name for a parameter value, e.g. <c>Prop</c> for <see cref="VotingRule.Proportional"/>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Names[typeof(T)][Convert.ToInt32(value, null)];

    /// <summary>Every KTAB name of a parameter, in enum order (for messages and help).</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names[typeof(T)];

    /// <summary>The value with KTAB's name <paramref name="name"/>, exactly as KTAB spells it.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        var index = Array.IndexOf(Names[typeof(T)], name);
        value = index < 0 ? default : (T)Enum.ToObject(typeof(T), index);
        return index >= 0;
    }

    /// <summary>The nine parameters in KTAB's log order, <c>Name: value</c> per line, as smpc prints them.</summary>
    public static IReadOnlyList<string> Describe(SmpParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return
        [
            $"VictoryProbModel: {Of(p.VictoryProbModel)}",
            $"VotingRule: {Of(p.VotingRule)}",
            $"PCEModel: {Of(p.PceModel)}",
            $"StateTransitions: {Of(p.StateTransition)}",
            $"BigRRange: {Of(p.BigRRange)}",
            $"BigRAdjust: {Of(p.BigRAdjust)}",
            $"ThirdPartyCommit: {Of(p.ThirdPartyCommit)}",
            $"InterVecBrgn: {Of(p.InterVecBargain)}",
            $"BargnModel: {Of(p.BargainModel)}",
        ];
    }
}
