using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>Assessed SMP states of random tables, for checking the vector kernels against the scalar formulas.</summary>
internal static class KernelStates
{
    private static readonly ParallelOptions OneCore = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>
    /// The state of a random table's input positions. With <paramref name="laggingIdeals"/> the ideals
    /// sit away from the positions (as with an accommodation matrix), so no utility difference is trivial.
    /// </summary>
    public static SmpState Of(ulong seed, int actors, int dims, SmpParameters p, bool laggingIdeals = false)
    {
        var table = TestTables.Random(seed, actors, dims);
        var positions = new double[actors * dims];
        var ideals = new double[actors * dims];
        for (var i = 0; i < actors; i++)
        {
            for (var d = 0; d < dims; d++)
            {
                var x = table.Actors[i].Positions[d] / 100.0;
                positions[(i * dims) + d] = x;
                ideals[(i * dims) + d] = laggingIdeals ? (x + 0.5) / 1.5 : x;
            }
        }
        return SmpState.Assess(new SmpActors(table), positions, ideals, p, OneCore);
    }
}
