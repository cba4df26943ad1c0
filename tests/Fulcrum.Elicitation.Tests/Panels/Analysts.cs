using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Panels;

namespace Fulcrum.Elicitation.Tests.Panels;

/// <summary>Analysts and panels built in code, for the aggregation and the study.</summary>
internal static class Analysts
{
    public static AnalystInput Direct(string name, double[] weights, double[]? probabilities = null, double analystWeight = 1) => new()
    {
        Name = name,
        File = name + ".yaml",
        AnalystWeight = analystWeight,
        Method = WeightMethod.Direct,
        Weights = [.. weights.Select(w => w / weights.Sum())],
        Probabilities = probabilities,
    };

    public static AnalystInput Judging(string name, PairwiseMatrix judgements, double analystWeight = 1)
    {
        var ahp = AhpAnalysis.Analyze(judgements);
        return new() { Name = name, File = name + ".yaml", AnalystWeight = analystWeight, Method = WeightMethod.Ahp, Judgements = judgements, Ahp = ahp, Weights = ahp.Weights };
    }

    public static Panel Of(IReadOnlyList<string> interests, params AnalystInput[] analysts) => new("test", interests, ["s1", "s2"], analysts);

    /// <summary>A panel of the founding case.</summary>
    public static Panel Israel(params AnalystInput[] analysts) =>
        new("israel-2022", Fixture.IsraelInterests, [.. Fixture.Israel.Scenarios.Select(s => s.Id)], analysts);
}
