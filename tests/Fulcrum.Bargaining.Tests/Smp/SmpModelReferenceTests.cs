using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// Golden tests against KTAB smpc (lsyaseen/KTAB @ 3b5b063, default parameters, seed
/// 15455440707583219804): Fixtures/Ktab/*.positions-by-turn.csv and *.smpc-output.txt.
/// </summary>
public class SmpModelReferenceTests
{
    public static TheoryData<string> Cases => ["dummyData_3Dim", "SOE-Pol-Comp"];

    private static (SmpRun Run, KtabReference Reference) RunCase(string name)
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture(name + ".csv")).ValueOrThrow();
        var run = new SmpModel().RunDetailed(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed));
        return (run, KtabReference.Load(name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_KtabReferenceInput_SameNumberOfTurns(string name)
    {
        var (run, reference) = RunCase(name);
        Assert.Equal(reference.TurnCount, run.Trajectory.TurnCount);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_KtabReferenceInput_EveryPositionWithinOneHundredth(string name)
    {
        var (run, reference) = RunCase(name);
        Assert.NotEmpty(reference.Positions);
        var worst = 0.0;
        foreach (var ((turn, actor, dim), expected) in reference.Positions)
        {
            var actual = run.Trajectory.Turns[turn].Positions[actor][dim];
            worst = Math.Max(worst, Math.Abs(actual - expected));
            Assert.True(Math.Abs(actual - expected) <= 0.01, $"turn {turn}, actor {actor}, dim {dim}: {actual:F4} vs KTAB {expected:F2}");
        }
        Assert.True(worst <= 0.01);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_KtabReferenceInput_WinProbabilitiesWithin1e4(string name)
    {
        var (run, reference) = RunCase(name);
        var t = run.Trajectory;
        Assert.Equal(t.Actors.Count, reference.ProbabilitiesByActor.Count);
        for (var a = 0; a < t.Actors.Count; a++)
        {
            var expected = reference.ProbabilitiesByActor[t.Actors[a]];
            Assert.Equal(expected.Length, t.Turns.Count);
            for (var turn = 0; turn < expected.Length; turn++)
            {
                var actual = t.Turns[turn].Probabilities![a];
                Assert.True(Math.Abs(actual - expected[turn]) <= 1e-4, $"{t.Actors[a]} turn {turn}: {actual:F6} vs KTAB {expected[turn]:F4}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_KtabReferenceInput_FractionalChangesWithin1e4(string name)
    {
        var (run, reference) = RunCase(name);
        Assert.Equal(reference.FractionalChanges.Count, run.FractionalChanges.Count);
        for (var i = 0; i < reference.FractionalChanges.Count; i++)
        {
            Assert.True(Math.Abs(run.FractionalChanges[i] - reference.FractionalChanges[i]) <= 1e-4,
                $"turn {i + 1}: {run.FractionalChanges[i]:F6} vs KTAB {reference.FractionalChanges[i]:F4}");
        }
    }
}

/// <summary>The forecast derived in bargaining.md §1.5 from KTAB's final state of dummyData_3Dim.</summary>
public class SmpForecastTests
{
    [Fact]
    public void Run_DummyData3Dim_ForecastIsProbabilityWeightedFinalPosition()
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture("dummyData_3Dim.csv")).ValueOrThrow();
        var t = new SmpModel().Run(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed));
        // bargaining.md §1.5: derived expected position (78.07, 35.63, 72.16).
        Assert.Equal(78.07, t.Forecast[0], 0.01);
        Assert.Equal(35.63, t.Forecast[1], 0.01);
        Assert.Equal(72.16, t.Forecast[2], 0.01);
        Assert.StartsWith("fractional change 0.0045 < 0.02 at turn 10", t.StopReason, StringComparison.Ordinal);
    }
}
