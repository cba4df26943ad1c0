using Fulcrum.Core.Randomness;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>
/// Random small cases for property tests, built from one seed: 2-4 options, 1-3 interests, 1-3
/// scenarios, triangular effects on a dyadic grid, ranged weights and two tolerances.
/// </summary>
internal static class RandomCases
{
    public static Case Make(int seed, double shift = 0, string? dominatedCopyOf = null)
    {
        var r = new SeededRandom((ulong)seed);
        double Grid(double low, double high) => low + Math.Round(r.NextDouble() * (high - low) * 64) / 64;
        var b = new CaseBuilder();
        var interests = 1 + r.NextInt(3);
        var options = 2 + r.NextInt(3);
        var scenarios = 1 + r.NextInt(3);
        for (var i = 0; i < interests; i++)
        {
            var low = Grid(0.05, 0.5);
            b.Interest($"i{i}", low, low + Grid(0, 0.5), worst: -1000, best: 1000);
        }
        var priors = Enumerable.Range(0, scenarios).Select(_ => 1 + r.NextInt(8)).ToArray();
        for (var s = 0; s < scenarios; s++) b.Scenario($"s{s}", (double)priors[s] / priors.Sum());
        for (var o = 0; o < options; o++) b.Option($"o{o}");
        if (dominatedCopyOf is not null) b.Option("dominated");
        for (var o = 0; o < options; o++)
            for (var s = 0; s < scenarios; s++)
                for (var i = 0; i < interests; i++)
                {
                    var low = Grid(-40, 0);
                    var mode = low + Grid(0, 20);
                    var high = mode + Grid(0, 20);
                    b.Effect($"o{o}", $"s{s}", $"i{i}", new TriangularDistribution(low + shift, mode + shift, high + shift));
                    if ($"o{o}" == dominatedCopyOf)
                        b.Effect("dominated", $"s{s}", $"i{i}", new TriangularDistribution(low - 1, mode - 1, high - 1));
                    b.Relation($"o{o}", $"s{s}", "USA", new TriangularDistribution(-2, Grid(-2, 1), 1));
                }
        b.Tolerance("t_rus", "RUS", ConditionTarget.Interest, "i0", below: true, threshold: -30, max: 0.2);
        b.Tolerance("t_usa", "USA", ConditionTarget.Relation, "USA", below: true, threshold: -1.5, max: 0.2);
        return b.Build();
    }
}
