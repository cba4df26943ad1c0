using Fulcrum.Detection;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>The detector a change rule names, with its documented defaults (docs/watch.md), and its threshold.</summary>
internal static class ChangeDetectors
{
    public static (IChangeDetector Detector, double Threshold) Default(string method) => method switch
    {
        GaussianCusum.MethodName => (new GaussianCusum(), GaussianCusumOptions.Default.Threshold),
        PoissonCusum.MethodName => (new PoissonCusum(), PoissonCusumOptions.Default.Threshold),
        Bocpd.MethodName => (new Bocpd(), BocpdOptions.Default.Probability),
        _ => throw new ArgumentException($"change method '{method}' is unknown (the case loader admits cusum, poisson-cusum and bocpd)", nameof(method)),
    };

    /// <summary>The rule's direction as the detector's: null for both.</summary>
    public static Direction? DirectionOf(string direction) => direction switch
    {
        "up" => Direction.Up,
        "down" => Direction.Down,
        "both" => null,
        _ => throw new ArgumentException($"direction '{direction}' is unknown (up, down or both)", nameof(direction)),
    };
}
