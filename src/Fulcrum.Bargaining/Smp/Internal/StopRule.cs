namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>KTAB's stop statistic (<c>smpStopFn</c>, <c>SMPModel::stateDist</c>).</summary>
internal static class StopRule
{
    /// <summary>Added to the first turn's movement so that a first turn without movement cannot divide by zero.</summary>
    public const double MinSignificantMovement = 1e-4;

    /// <summary>Σ_i ‖x_i(b) − x_i(a)‖₂ on the 0–1 scale.</summary>
    public static double Movement(SmpState a, SmpState b)
    {
        int n = a.Actors.Count, dims = a.Actors.Dims;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var d = 0; d < dims; d++)
            {
                var x = b.Positions[(i * dims) + d] - a.Positions[(i * dims) + d];
                sum += x * x;
            }
            total += Math.Sqrt(sum);
        }
        return total;
    }
}
