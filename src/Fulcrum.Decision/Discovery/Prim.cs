using Fulcrum.Decision.Discovery.Internal;

namespace Fulcrum.Decision.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman &amp; Fisher 1999, "Bump hunting in high-dimensional
/// data", Statistics and Computing 9) for a 0/1 outcome, as the EMA Workbench runs it for scenario
/// discovery (Bryant &amp; Lempert 2010; Kwakkel 2017): start from the box holding every point; in each
/// step try peeling a share α off the low and the high end of every real dimension (at the EMA
/// Workbench's quantile) and dropping each category of every categorical one, and take the peel with
/// the best gain in density per point removed (the Workbench's default "lenient1" objective; ties to
/// the box restricting fewer dimensions, then to the first dimension); stop when no peel raises the
/// density or the box would fall below the smallest mass. Then paste back while that raises the
/// density. Deterministic: the same data give the same boxes.
/// </summary>
public static class Prim
{
    /// <summary>Finds up to <see cref="PrimOptions.MaxBoxes"/> boxes, each on the points the earlier ones leave.</summary>
    public static IReadOnlyList<PrimBox> Find(PrimData data, PrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        Core.Problems.Preconditions.Require(options.PeelAlpha is > 0 and < 0.5 && options.PasteAlpha is > 0 and < 0.5, "peel and paste shares in (0, 0.5)");
        var remaining = Enumerable.Range(0, data.N).ToArray();
        var boxes = new List<PrimBox>();
        var total = data.Outcome.Count(y => y);
        for (var b = 0; b < Math.Max(1, options.MaxBoxes) && remaining.Length > 0; b++)
        {
            var search = new PrimSearch(data, remaining, options, total);
            var box = search.Run();
            if (b > 0 && box.Density < options.MinDensity) break;
            boxes.Add(box);
            var inside = search.InsideMask();
            remaining = [.. remaining.Where(i => !inside[i])];
            if (remaining.All(i => !data.Outcome[i])) break;
        }
        return boxes;
    }

    /// <summary>
    /// The EMA Workbench's quantile (modelled on the Scenario Discovery Toolkit): at position
    /// (n − 1)q of the sorted values, the midpoint between the value there and the next different one
    /// towards the median, so that a peel never cuts through tied values.
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var i = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(i), hi = (int)Math.Ceiling(i);
        if (q > 0.5)
            while (sorted[lo] == sorted[hi] && lo > 0) lo--;
        else
            while (sorted[lo] == sorted[hi] && hi < sorted.Length - 1) hi++;
        return (sorted[lo] + sorted[hi]) / 2;
    }
}
