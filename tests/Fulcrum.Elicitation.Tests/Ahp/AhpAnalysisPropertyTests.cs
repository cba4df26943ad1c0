using FsCheck;
using FsCheck.Fluent;
using Fulcrum.Core.Randomness;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

/// <summary>Invariants of the AHP over random reciprocal matrices on Saaty's scale (FsCheck drives the seed and size).</summary>
public class AhpAnalysisPropertyTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(60);

    private static Arbitrary<(int Seed, int N)> Matrices => Gen.Choose(1, 1_000_000).SelectMany(s => Gen.Choose(1, 14).Select(n => (s, n))).ToArbitrary();

    internal static PairwiseMatrix Random(int seed, int n)
    {
        var rng = new SeededRandom((ulong)seed);
        return PairwiseMatrix.Build([.. Enumerable.Range(0, n).Select(i => $"i{i}")], (_, _) => SaatyScale.Values[rng.NextInt(SaatyScale.Values.Count)]);
    }

    [Fact]
    public void Analyze_RandomMatrices_WeightsArePositiveSumToOneAndMatchMathNet()
    {
        Prop.ForAll(Matrices, x =>
        {
            var m = Random(x.Seed, x.N);
            var r = AhpAnalysis.Analyze(m);
            var (reference, lambda) = Tests.Ahp.Matrices.Reference(m);
            return r.Weights.All(w => w > 0) && Math.Abs(r.Weights.Sum() - 1) < 1e-12
                && Math.Abs(r.GeometricMeanWeights.Sum() - 1) < 1e-12
                && r.Weights.Zip(reference).All(p => Math.Abs(p.First - p.Second) < 1e-9)
                && Math.Abs(r.LambdaMax - lambda) < 1e-8 && r.LambdaMax >= x.N - 1e-9
                && r.ConsistencyIndex >= 0 && r.Revisions.All(v => v.LambdaMaxAfter < r.LambdaMax);
        }).Check(Cases);
    }

    [Fact]
    public void Analyze_ReorderedItems_PermutesTheWeights()
    {
        Prop.ForAll(Matrices, x =>
        {
            var m = Random(x.Seed, x.N);
            var reversed = m.Reorder([.. m.Ids.Reverse()]);
            var (a, b) = (AhpAnalysis.Analyze(m), AhpAnalysis.Analyze(reversed));
            return m.Ids.All(id => Math.Abs(a.WeightOf(id) - b.WeightOf(id)) < 1e-12)
                && Math.Abs(a.LambdaMax - b.LambdaMax) < 1e-10;
        }).Check(Cases);
    }
}
