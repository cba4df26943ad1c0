namespace Fulcrum.Detection.Cusum.Internal;

/// <summary>The in-control and out-of-control rates of one side of a Poisson CUSUM, and its increment.</summary>
internal readonly record struct PoissonRates(double Lambda0, double Lambda1, double Dispersion)
{
    /// <summary>
    /// The rates for a shift of <paramref name="shift"/> standard deviations: up to
    /// λ₀ + δ√(φλ₀), down to λ₀² / (λ₀ + δ√(φλ₀)), the mirror image on the log scale (a straight
    /// subtraction would go below zero for small counts).
    /// </summary>
    public static PoissonRates Design(double lambda0, double dispersion, double shift, Direction direction)
    {
        var upper = lambda0 + (shift * Math.Sqrt(dispersion * lambda0));
        var lambda1 = direction == Direction.Up ? upper : lambda0 * lambda0 / upper;
        return new PoissonRates(lambda0, lambda1, dispersion);
    }

    /// <summary>The quasi-likelihood ratio of one count, (x·ln(λ₁/λ₀) − (λ₁ − λ₀)) / φ.</summary>
    public double LogLikelihoodRatio(double x) => ((x * Math.Log(Lambda1 / Lambda0)) - (Lambda1 - Lambda0)) / Dispersion;
}
