using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class PairwiseMatrixTests
{
    [Fact]
    public void FromUpperTriangle_FillsReciprocalsAndAUnitDiagonal()
    {
        var m = PairwiseMatrix.FromUpperTriangle(["a", "b", "c"], [3, 0.5, 1.0 / 4]);

        Assert.Equal(1, m[1, 1]);
        Assert.Equal(3, m["a", "b"]);
        Assert.Equal(1.0 / 3, m["b", "a"], 1e-15);
        Assert.Equal(2, m["c", "a"], 1e-15);
        Assert.Equal(4, m["c", "b"], 1e-15);
        Assert.Equal([new Judgement("a", "b", 3), new Judgement("a", "c", 0.5), new Judgement("b", "c", 0.25)], m.UpperTriangle());
    }

    [Fact]
    public void Reorder_KeepsEveryJudgementUnderItsPair()
    {
        var m = PairwiseMatrix.FromUpperTriangle(["a", "b", "c"], [3, 0.5, 1.0 / 4]);

        var r = m.Reorder(["c", "a", "b"]);

        Assert.Equal(["c", "a", "b"], r.Ids);
        foreach (var x in m.Ids)
            foreach (var y in m.Ids) Assert.Equal(m[x, y], r[x, y], 1e-15);
    }

    [Fact]
    public void With_ReplacesAJudgementAndItsReciprocalInACopy()
    {
        var m = PairwiseMatrix.FromUpperTriangle(["a", "b"], [3]);

        var w = m.With(1, 0, 5);

        Assert.Equal((5.0, 0.2), (w["b", "a"], w["a", "b"]));
        Assert.Equal(3, m["a", "b"]);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(0.1)]
    [InlineData(double.NaN)]
    public void Build_JudgementOffTheScale_IsAProgrammerError(double value) =>
        Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle(["a", "b"], [value]));

    [Fact]
    public void Build_DuplicateIds_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => PairwiseMatrix.FromUpperTriangle(["a", "a"], [2]));
}
