using FsCheck.Xunit;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>Every combination of the nine KTAB parameters runs and keeps its outputs in range.</summary>
public class SmpParameterPropertyTests
{
    private static T Pick<T>(SeededRandom rng) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[rng.NextInt(values.Length)];
    }

    internal static SmpParameters RandomParameters(ulong seed)
    {
        var rng = new SeededRandom(seed);
        return new SmpParameters
        {
            VotingRule = Pick<VotingRule>(rng),
            VictoryProbModel = Pick<VictoryProbModel>(rng),
            PceModel = Pick<PceModel>(rng),
            StateTransition = Pick<StateTransition>(rng),
            BigRRange = Pick<BigRRange>(rng),
            BigRAdjust = Pick<BigRAdjust>(rng),
            ThirdPartyCommit = Pick<ThirdPartyCommit>(rng),
            InterVecBargain = Pick<InterVecBargain>(rng),
            BargainModel = Pick<BargainModel>(rng),
            PositionGrouping = Pick<PositionGrouping>(rng),
        };
    }

    [Property(MaxTest = 80)]
    public void Run_AnyParameters_PositionsAndProbabilitiesInRange(ulong seed)
    {
        var p = RandomParameters(seed);
        var table = TestTables.Random(seed ^ 0x5EED, 4 + (int)(seed % 5), 1 + (int)(seed % 3));
        var t = new SmpModel(p).Run(table, new BargainRunSettings(seed, MaxTurns: 25));
        Assert.InRange(t.TurnCount, 1, 25);
        foreach (var turn in t.Turns)
        {
            Assert.All(turn.Positions.SelectMany(x => x), x => Assert.InRange(x, 0.0, 100.0));
            Assert.All(turn.Probabilities!, x => Assert.InRange(x, 0.0, 1.0));
        }
        for (var d = 0; d < table.DimensionCount; d++)
        {
            Assert.InRange(t.Forecast[d], t.Turns[^1].Positions.Min(x => x[d]) - 1e-9, t.Turns[^1].Positions.Max(x => x[d]) + 1e-9);
        }
    }

    [Fact]
    public void SmpParameterNames_EveryValue_RoundTripsThroughKtabName()
    {
        AssertRoundTrip<VotingRule>();
        AssertRoundTrip<VictoryProbModel>();
        AssertRoundTrip<PceModel>();
        AssertRoundTrip<StateTransition>();
        AssertRoundTrip<BigRRange>();
        AssertRoundTrip<BigRAdjust>();
        AssertRoundTrip<ThirdPartyCommit>();
        AssertRoundTrip<InterVecBargain>();
        AssertRoundTrip<BargainModel>();
        Assert.Equal("Prop", SmpParameterNames.Of(VotingRule.Proportional));
        Assert.Equal("None", SmpParameterNames.Of(BigRAdjust.NoAdjust));
    }

    [Fact]
    public void Describe_Defaults_MatchKtabSmpcHeader()
    {
        // Fixtures/Ktab/dummyData_3Dim.smpc-output.txt, lines 2-10.
        var expected = File.ReadLines(KtabReference.Fixture("dummyData_3Dim.smpc-output.txt")).Skip(1).Take(9).Select(l => l.Trim());
        Assert.Equal(expected, SmpParameterNames.Describe(new SmpParameters()));
    }

    private static void AssertRoundTrip<T>() where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            Assert.True(SmpParameterNames.TryParse<T>(SmpParameterNames.Of(v), out var back));
            Assert.Equal(v, back);
        }
    }
}
