using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class PairwiseElicitationTests
{
    [Fact]
    public void Questions_ComeAsTheChainThenByDistance()
    {
        var e = new PairwiseElicitation(["a", "b", "c", "d"]);

        Assert.Equal(["a-b", "b-c", "c-d", "a-c", "b-d", "a-d"], e.Questions.Select(q => $"{q.First}-{q.Second}"));
        Assert.Equal(new PairQuestion("a", "b"), e.Next);
    }

    [Fact]
    public void Answer_EveryPairOfTheHouseExample_BuildsItsMatrixAndWeights()
    {
        var house = Matrices.House;
        var e = new PairwiseElicitation(house.Ids);

        while (e.Next is { } q)
            Assert.Null(e.Answer(q.Second, q.First, SaatyScale.Format(house[q.Second, q.First]))); // asked the other way round, as text

        var built = e.Matrix().ValueOrThrow();
        Assert.True(e.IsComplete);
        Assert.Equal(28, e.Answered);
        Assert.Equal(AhpAnalysis.Analyze(house).Weights, AhpAnalysis.Analyze(built).Weights);
    }

    [Fact]
    public void Implied_AfterTheChain_IsTheProductOfTheNeighbouringAnswers()
    {
        var e = new PairwiseElicitation(["a", "b", "c"]);
        Assert.Null(e.Answer("a", "b", 2));
        Assert.Null(e.Implied("a", "c"));

        Assert.Null(e.AnswerPreference(new PairQuestion("b", "c"), "b", 3));

        Assert.Equal(6, e.Implied("a", "c")!.Value, 1e-15);
        Assert.Equal(1.0 / 6, e.Implied("c", "a")!.Value, 1e-15);
        Assert.Equal(new PairQuestion("a", "c"), e.Next);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("lots")]
    public void Answer_OffTheScale_IsAProblemAndNothingIsRecorded(string text)
    {
        var e = new PairwiseElicitation(["a", "b"]);

        var p = e.Answer("a", "b", text);

        Assert.NotNull(p);
        Assert.Equal(ElicitationSubjects.Judgement, p.Subject);
        Assert.StartsWith("a against b: ", p.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Answered);
    }

    [Fact]
    public void Answer_Again_ReplacesTheEarlierAnswer()
    {
        var e = new PairwiseElicitation(["a", "b"]);
        e.Answer("a", "b", 3);

        e.Answer("b", "a", 2);

        Assert.Equal(0.5, e.AnswerOf("a", "b"));
        Assert.Equal(1, e.Answered);
    }

    [Fact]
    public void Matrix_BeforeEveryAnswer_NamesThePairsStillToAsk()
    {
        var e = new PairwiseElicitation(["a", "b", "c"]);
        e.Answer("a", "b", 3);

        var m = e.Matrix();

        var p = Assert.Single(m.Problems);
        Assert.Equal("2 of 3 judgements are still to give", p.Message);
        Assert.Equal("answer b against c, a against c", p.Hint);
        Assert.IsType<Problem>(p);
    }
}
