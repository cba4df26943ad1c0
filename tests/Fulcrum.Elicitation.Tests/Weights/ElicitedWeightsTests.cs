using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Swings;
using Fulcrum.Elicitation.Weights;

namespace Fulcrum.Elicitation.Tests.Weights;

public class ElicitedWeightsTests
{
    [Fact]
    public void FromAhp_Spread_RangesFromTheEigenvectorToTheGeometricMean()
    {
        var r = AhpAnalysis.Analyze(Tests.Ahp.Matrices.House);

        var w = ElicitedWeights.FromAhp(r, WeightRange.Spread);

        var neighborhood = w.For("neighborhood")!;
        Assert.Equal(r.WeightOf("neighborhood"), neighborhood.Point);
        Assert.Equal((r.GeometricMeanWeightOf("neighborhood"), r.WeightOf("neighborhood")), (neighborhood.Low, neighborhood.High));
        Assert.All(w.Items, x => Assert.True(x.Low <= x.Point && x.Point <= x.High));
        Assert.Contains("λmax 9.669, CR 0.169", w.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAhp_Point_IsTheEigenvector()
    {
        var r = AhpAnalysis.Analyze(Tests.Ahp.Matrices.House);

        var w = ElicitedWeights.FromAhp(r);

        Assert.All(w.Items, x => Assert.True(x.IsPoint));
        Assert.Equal(r.Weights, w.Items.Select(x => x.Point));
    }

    [Fact]
    public void FromSwing_IsPoints()
    {
        var s = SwingWeights.Compute([new("a", 1, 100), new("b", 2, 25)]).ValueOrThrow();

        var w = ElicitedWeights.FromSwing(s);

        Assert.Equal([("a", 0.8), ("b", 0.2)], w.Items.Select(x => (x.Interest, x.Point)));
        Assert.Null(w.For("c"));
    }
}
