using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// Everything a run reports is the same on one core and on all: the kernels split work by actor,
/// pair or voter block, each piece written by one worker, every sum in a fixed order.
/// </summary>
public class SmpParallelismTests
{
    public static TheoryData<string, SmpParameters> Runs => new()
    {
        { "a080", new SmpParameters() },
        { "random90x2", new SmpParameters { VotingRule = VotingRule.PropCbc, ThirdPartyCommit = ThirdPartyCommit.FullCommit, BargainModel = BargainModel.PWCompInterp, BigRAdjust = BigRAdjust.Half } },
        { "random70x3", new SmpParameters { VotingRule = VotingRule.ASymProsp, PceModel = PceModel.MarkovIncentive, StateTransition = StateTransition.Stochastic } },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void RunDetailed_OneCoreAndAllCores_BitIdenticalRun(string input, SmpParameters p)
    {
        var table = input switch
        {
            "a080" => KtabCsvReader.Read(KtabReference.Fixture("dummyData-a080.csv")).ValueOrThrow(),
            "random90x2" => TestTables.Random(90, 90, 2),
            _ => TestTables.Random(70, 70, 3),
        };
        var settings = new BargainRunSettings(SmpParameters.KtabDefaultSeed, MaxTurns: 12);
        var one = new SmpModel(p, maxDegreeOfParallelism: 1).RunDetailed(table, settings);
        var all = new SmpModel(p, maxDegreeOfParallelism: -1).RunDetailed(table, settings);
        Assert.True(one.Trajectory.TurnCount >= 5);
        Assert.Equal(Bits(one), Bits(all));
    }

    private static long[] Bits(SmpRun run)
    {
        double[] values =
        [
            .. run.Trajectory.Turns.SelectMany(t => t.Positions.SelectMany(x => x).Concat(t.Probabilities!)),
            .. run.FractionalChanges, .. run.RiskAttitudes.SelectMany(r => r), .. run.Trajectory.Forecast,
        ];
        return [.. values.Select(BitConverter.DoubleToInt64Bits)];
    }
}
