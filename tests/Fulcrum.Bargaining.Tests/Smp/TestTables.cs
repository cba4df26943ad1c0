using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>Seeded random actor tables in KTAB's ranges, and permutations of them.</summary>
internal static class TestTables
{
    public static ActorTable Random(ulong seed, int actors, int dims)
    {
        var rng = new SeededRandom(seed);
        var list = new List<BargainingActor>();
        for (var i = 0; i < actors; i++)
        {
            var raw = Enumerable.Range(0, dims).Select(_ => 0.1 + rng.NextDouble()).ToArray();
            var total = 50 + (49 * rng.NextDouble());
            var sal = raw.Select(r => Math.Round(r / raw.Sum() * total, 2) - 0.01).ToArray();
            var pos = Enumerable.Range(0, dims).Select(_ => Math.Round(100 * rng.NextDouble(), 2)).ToArray();
            list.Add(new BargainingActor($"A{i:00}", "random", Math.Round(10 + (190 * rng.NextDouble()), 3), pos, sal));
        }
        return new ActorTable { Scenario = "random", Dimensions = [.. Enumerable.Range(1, dims).Select(d => $"D{d}")], Actors = list };
    }

    public static int[] Permutation(ulong seed, int n)
    {
        var rng = new SeededRandom(seed);
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }

    public static ActorTable Permute(ActorTable t, int[] order) => t with { Actors = [.. order.Select(i => t.Actors[i])] };
}
