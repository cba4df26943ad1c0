using Fulcrum.Decision.Internal;

namespace Fulcrum.Decision.Tests.Internal;

public class RootFinderTests
{
    [Fact]
    public void Brent_FindsWallisRoot()
    {
        // x³ − 2x − 5 = 0, Wallis's example used by Brent (1973): root 2.0945514815423265.
        Func<double, double> f = x => x * x * x - 2 * x - 5;
        Assert.Equal(2.0945514815423265, RootFinder.Brent(f, 2, 3, f(2), f(3)), 1e-12);
    }

    [Fact]
    public void Brent_FindsDottieNumber()
    {
        // cos x = x at 0.7390851332151607 (the Dottie number).
        Func<double, double> f = x => Math.Cos(x) - x;
        Assert.Equal(0.7390851332151607, RootFinder.Brent(f, 0, 1, f(0), f(1)), 1e-12);
    }

    [Fact]
    public void All_FindsEveryRootOfAPolynomial()
    {
        var roots = RootFinder.All(x => (x - 0.2) * (x - 0.5) * (x - 0.9), 0, 1, 64);
        Assert.Equal([0.2, 0.5, 0.9], roots.Select(r => Math.Round(r, 10)));
    }

    [Fact]
    public void All_NoSignChange_FindsNothing()
    {
        Assert.Empty(RootFinder.All(x => 1 + x * x, 0, 1, 64));
    }
}
