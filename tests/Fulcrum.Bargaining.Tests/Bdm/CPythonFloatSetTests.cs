using System.Globalization;
using Fulcrum.Bargaining.Bdm.Internal;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>
/// The emulated CPython set order against CPython itself: Fixtures/Python/cpython-set-orders.txt
/// was written by make_set_orders.py beside it (300 random lists, CPython 3.11.7).
/// </summary>
public class CPythonFloatSetTests
{
    [Theory]
    [InlineData(0.5, 1152921504606846976L)]      // hash(0.5) == 2**60
    [InlineData(-0.5, -1152921504606846976L)]
    [InlineData(7.0, 7L)]
    [InlineData(-1.0, -2L)]                      // -1 is reserved: CPython maps it to -2
    [InlineData(0.0, 0L)]
    [InlineData(8.415932315426764, 959074621832867848L)]
    public void Hash_KnownValues_MatchCPython(double value, long expected) =>
        Assert.Equal(expected, CPythonFloatSet.Hash(value));

    [Fact]
    public void IterationOrder_ScholzStart_IsTenFourSeven() =>
        Assert.Equal([10.0, 4.0, 7.0], CPythonFloatSet.IterationOrder([4.0, 7.0, 4.0, 4.0, 10.0, 10.0, 10.0, 7.0, 4.0, 7.0]));

    [Fact]
    public void IterationOrder_RandomLists_MatchCPython()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Python", "cpython-set-orders.txt"))
            .Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(300, lines.Length);
        foreach (var line in lines)
        {
            var halves = line.Split(" | ");
            Assert.Equal(Parse(halves[1]), CPythonFloatSet.IterationOrder(Parse(halves[0])));
        }
    }

    private static double[] Parse(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
}
