using System.Globalization;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Input;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// KTAB's scaling inputs at any size. Up to 160 actors: the real files (a040, a080, a160). Above:
/// actor k is row k mod 160 of dummyData-a160.csv; the first 160 are the rows unchanged, every
/// later copy is jittered from a fixed seed (position + 3·z clamped to [0, 100], salience × (1 +
/// 0.1·z) clamped to [1, 100], capability × exp(0.2·z), all rounded to 2 decimals as in KTAB's
/// files; z standard normal), so that copies are near, not on, their originals.
/// </summary>
public static class ScaledKtabTables
{
    /// <summary>The seed of the jitter (fixed: the tables are the same on every machine).</summary>
    public const ulong JitterSeed = 160;

    public static ActorTable Load(int actors)
    {
        if (actors is 40 or 80 or 160) return Read($"dummyData-a{actors:000}.csv");
        var source = Read("dummyData-a160.csv");
        var rng = new SeededRandom(JitterSeed);
        var list = new List<BargainingActor>(actors);
        for (var k = 0; k < actors; k++)
        {
            var a = source.Actors[k % source.ActorCount];
            var copy = k / source.ActorCount;
            if (copy == 0)
            {
                list.Add(a);
                continue;
            }
            var position = Math.Round(Math.Clamp(a.Positions[0] + (3 * rng.NextStandardNormal()), 0, 100), 2);
            var salience = Math.Round(Math.Clamp(a.Saliences[0] * (1 + (0.1 * rng.NextStandardNormal())), 1, 100), 2);
            var capability = Math.Round(a.Capability * Math.Exp(0.2 * rng.NextStandardNormal()), 2);
            list.Add(new BargainingActor(
                string.Create(CultureInfo.InvariantCulture, $"{a.Name}-c{copy}"), a.Description,
                Math.Max(capability, 0.01), [position], [salience]));
        }
        return source with { Scenario = string.Create(CultureInfo.InvariantCulture, $"a160x{actors}"), Actors = list };
    }

    private static ActorTable Read(string file) =>
        KtabCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Bargaining", "Data", file)).ValueOrThrow();
}
