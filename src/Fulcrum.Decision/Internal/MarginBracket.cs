namespace Fulcrum.Decision.Internal;

/// <summary>
/// Narrows a bracket around the weight at which the choice leaves option <c>a</c>: a root of its
/// margin, EU(a) − EU(its best admissible rival). A weight moves no breach probability, so which
/// options are admissible stays put and the margin is a continuous function of the weight (the
/// smaller of smooth curves): interpolation finds its root in a few passes where bisection needs
/// thirty steps. Each pass over the draws evaluates one SIMD vector of points at the price of one
/// (bench/README.md): the interpolated root, a point a little either side of it, and the midpoint,
/// so a pass gains about twelve bits where the interpolation is good and at least one where it is not.
/// </summary>
internal static class MarginBracket
{
    /// <summary>The bracket's width at which it stops, in the scan's domain (t in [0, 1]): finer than the thirty bisections it replaces (2e-11).</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Each side point's distance from the interpolated root, as a fraction of the bracket.</summary>
    private const double Spread = 1.0 / 4096;

    /// <summary>A bound on the passes; the bracket at least halves on each, so it is never reached.</summary>
    private const int MaxPasses = 64;

    /// <param name="inside">A value where <paramref name="a"/> is the choice, with its point.</param>
    /// <param name="outside">A value where it is not (either side of <paramref name="inside"/>), with its point.</param>
    /// <param name="atMany">Evaluates several values in one pass over the draws.</param>
    /// <returns>The final bracket and the point at its outside end (whose choice is the option that takes over).</returns>
    public static (double Inside, double Outside, RuleCurves.Point Point) Refine(
        double inside, RuleCurves.Point insidePoint, double outside, RuleCurves.Point outsidePoint, int a, Func<double[], RuleCurves.Point[]> atMany)
    {
        for (var pass = 0; pass < MaxPasses && Math.Abs(outside - inside) > Tolerance; pass++)
        {
            var (gInside, gOutside) = (insidePoint.Margin(a), outsidePoint.Margin(a));
            // Regula falsi: the fraction of the way from inside to outside where the margin's chord
            // crosses zero (a tie at both ends gives no slope: the midpoint).
            var root = gInside - gOutside > 0 ? Math.Clamp(gInside / (gInside - gOutside), 0, 1) : 0.5;
            var width = outside - inside;
            var values = new[] { root - Spread, root, root + Spread, 0.5 }
                .Where(f => f > 0 && f < 1).Order().Select(f => inside + (width * f))
                .Where(x => x != inside && x != outside).Distinct().ToArray();
            if (values.Length == 0) break; // the bracket is down to adjacent doubles
            var points = atMany(values);
            for (var i = 0; i < values.Length; i++)
            {
                if (points[i].Choice == a) { (inside, insidePoint) = (values[i], points[i]); continue; }
                (outside, outsidePoint) = (values[i], points[i]);
                break;
            }
        }
        return (inside, outside, outsidePoint);
    }
}
