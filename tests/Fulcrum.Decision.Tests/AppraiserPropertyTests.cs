using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Fulcrum.Decision.Tests;

/// <summary>Invariants over random cases (FsCheck drives the case seed).</summary>
public class AppraiserPropertyTests
{
    private const int Draws = 3000;
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(25);
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static Arbitrary<int> Seeds => Gen.Choose(1, 1_000_000).ToArbitrary();

    [Fact]
    public void ProbabilitiesAndAcceptabilities_LieInUnitInterval_AndEachRankSumsToOne()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var a = Run.Appraise(RandomCases.Make(seed), Draws);
            var n = a.Options.Count;
            var unit = a.Options.All(o => o.PBest is >= 0 and <= 1 && o.RankAcceptability.All(x => x is >= 0 and <= 1)
                && o.Breach.Values.All(p => p is null or (>= 0 and <= 1)) && o.BreachByTolerance.Values.All(p => p is >= 0 and <= 1)
                && (o.CentralWeights?.All(w => w is >= 0 and <= 1) ?? true));
            var ranks = Enumerable.Range(0, n).All(r => Math.Abs(a.Options.Sum(o => o.RankAcceptability[r]) - 1) < 1e-9);
            var options = a.Options.All(o => Math.Abs(o.RankAcceptability.Sum() - 1) < 1e-9);
            var evpi = a.Sensitivity!.Evpi.ByUncertainty.All(e => e.Value >= 0 && e.Value <= a.Sensitivity.Evpi.Total);
            return unit && ranks && options && evpi;
        }).Check(Cases);
    }

    [Fact]
    public void RelabellingOptions_PermutesTheResults()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var c = RandomCases.Make(seed);
            var reversed = c with { Options = [.. c.Options.Reverse()] };
            var (a, b) = (Run.Appraise(c, Draws), Run.Appraise(reversed, Draws));
            var same = a.Options.All(o => JsonSerializer.Serialize(o, Json) == JsonSerializer.Serialize(b.Option(o.Id), Json));
            return same && a.Recommendation.Option == b.Recommendation.Option
                && JsonSerializer.Serialize(a.Sensitivity, Json) == JsonSerializer.Serialize(b.Sensitivity, Json);
        }).Check(Cases);
    }

    [Fact]
    public void AddingAConstantToEveryOption_ChangesNoRanking()
    {
        // Every option's effects shifted by the same amount, where the value functions are linear:
        // each draw's utilities all move by the same amount.
        Prop.ForAll(Seeds, Gen.Choose(-200, 200).ToArbitrary(), (seed, shift) =>
        {
            var (a, b) = (Run.Appraise(RandomCases.Make(seed), Draws), Run.Appraise(RandomCases.Make(seed, shift / 4.0), Draws));
            return a.Options.All(o => o.RankAcceptability.Zip(b.Option(o.Id).RankAcceptability).All(p => Math.Abs(p.First - p.Second) < 1e-9));
        }).Check(Cases);
    }

    [Fact]
    public void DominatedOption_NeverRanksFirst()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var a = Run.Appraise(RandomCases.Make(seed, dominatedCopyOf: "o0"), Draws);
            var d = a.Option("dominated");
            return d.PBest == 0 && d.CentralWeights is null && d.ExpectedUtility < a.Option("o0").ExpectedUtility;
        }).Check(Cases);
    }

    [Fact]
    public void SameSeed_GivesByteIdenticalResults_ForAnyCoreCount()
    {
        Prop.ForAll(Seeds, Gen.Choose(1, 4).ToArbitrary(), (seed, cores) =>
        {
            var c = RandomCases.Make(seed);
            // More than one block, so that blocks really run on different cores.
            var one = JsonSerializer.Serialize(Run.Appraise(c, 5000, seed: 11, cores: 1), Json);
            var many = JsonSerializer.Serialize(Run.Appraise(c, 5000, seed: 11, cores: cores), Json);
            return one == many;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10));
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentDraws()
    {
        var c = RandomCases.Make(5);
        Assert.NotEqual(Run.Appraise(c, Draws, seed: 1).Options[0].ExpectedUtility, Run.Appraise(c, Draws, seed: 2).Options[0].ExpectedUtility);
    }

    [Fact]
    public void FoundingCase_IsReproducibleAcrossCoreCounts()
    {
        var c = FoundingCase.Answered;
        var one = JsonSerializer.Serialize(Run.Appraise(c, 20_000, seed: 42, cores: 1), Json);
        var two = JsonSerializer.Serialize(Run.Appraise(c, 20_000, seed: 42, cores: 2), Json);
        var three = JsonSerializer.Serialize(Run.Appraise(c, 20_000, seed: 42, cores: 3), Json);
        Assert.Equal(one, two);
        Assert.Equal(one, three);
    }
}
