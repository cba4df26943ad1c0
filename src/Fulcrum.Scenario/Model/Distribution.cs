using System.Text.Json.Serialization;

namespace Fulcrum.Scenario.Model;

/// <summary>An uncertain quantity: an effect on an interest or a power's relation to the focal state.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FixedDistribution), "fixed")]
[JsonDerivedType(typeof(UniformDistribution), "uniform")]
[JsonDerivedType(typeof(TriangularDistribution), "triangular")]
[JsonDerivedType(typeof(PertDistribution), "pert")]
[JsonDerivedType(typeof(NormalDistribution), "normal")]
[JsonDerivedType(typeof(EmpiricalDistribution), "empirical")]
public abstract record Distribution
{
    /// <summary>The smallest value it can take.</summary>
    public abstract double Min { get; }
    /// <summary>The largest value it can take.</summary>
    public abstract double Max { get; }
    /// <summary>Its mean (for a bounded normal, the mean of the truncated distribution).</summary>
    public abstract double Mean { get; }
    /// <summary>A compact rendering such as <c>triangular(-20, -8, 0)</c>.</summary>
    public abstract string Describe();
}

public sealed record FixedDistribution(double Value) : Distribution
{
    public override double Min => Value;
    public override double Max => Value;
    public override double Mean => Value;
    public override string Describe() => Fmt.N(Value);
}

public sealed record UniformDistribution(double Low, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
    public override double Mean => (Low + High) / 2;
    public override string Describe() => $"uniform({Fmt.N(Low)}, {Fmt.N(High)})";
}

public sealed record TriangularDistribution(double Low, double Mode, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
    public override double Mean => (Low + Mode + High) / 3;
    public override string Describe() => $"triangular({Fmt.N(Low)}, {Fmt.N(Mode)}, {Fmt.N(High)})";
}

/// <summary>The PERT distribution: a beta on [Low, High] with mode Mode and shape <see cref="Lambda"/> (4 classically).</summary>
public sealed record PertDistribution(double Low, double Mode, double High, double Lambda = 4) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
    public override double Mean => (Low + Lambda * Mode + High) / (Lambda + 2);
    /// <summary>First beta shape parameter.</summary>
    public double Alpha => High == Low ? 1 : 1 + Lambda * (Mode - Low) / (High - Low);
    /// <summary>Second beta shape parameter.</summary>
    public double Beta => High == Low ? 1 : 1 + Lambda * (High - Mode) / (High - Low);
    public override string Describe() => Lambda == 4
        ? $"pert({Fmt.N(Low)}, {Fmt.N(Mode)}, {Fmt.N(High)})"
        : $"pert({Fmt.N(Low)}, {Fmt.N(Mode)}, {Fmt.N(High)}; λ={Fmt.N(Lambda)})";
}

/// <summary>A normal distribution truncated to [Low, High] (use ±infinity for an open side).</summary>
public sealed record NormalDistribution(double Mu, double Sigma, double Low, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
    public override double Mean => TruncatedNormalMean(Mu, Sigma, Low, High);
    public override string Describe() => double.IsInfinity(Low) && double.IsInfinity(High)
        ? $"normal({Fmt.N(Mu)}, {Fmt.N(Sigma)})"
        : $"normal({Fmt.N(Mu)}, {Fmt.N(Sigma)}) in [{Fmt.N(Low)}, {Fmt.N(High)}]";

    private static double TruncatedNormalMean(double mu, double sigma, double low, double high)
    {
        if (sigma == 0) return Math.Clamp(mu, low, high);
        var a = (low - mu) / sigma;
        var b = (high - mu) / sigma;
        var z = Phi(b) - Phi(a);
        return z <= 0 ? Math.Clamp(mu, low, high) : mu + sigma * (Pdf(a) - Pdf(b)) / z;
    }

    private static double Pdf(double x) => double.IsInfinity(x) ? 0 : Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    private static double Phi(double x) => double.IsNegativeInfinity(x) ? 0 : double.IsPositiveInfinity(x) ? 1 : 0.5 * Erfc(-x / Math.Sqrt(2));

    // Numerical Recipes' erfc (Chebyshev fit), absolute error below 1.2e-7: ample for a displayed mean.
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
            t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}

/// <summary>
/// The distribution of a sample, each value equally likely: a question's mapped forecasts, one per
/// run. Its quantile at u is the ⌊u·n⌋-th smallest value, so its mean is the sample's.
/// </summary>
/// <param name="Values">The sample, sorted ascending (at least one value).</param>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : Distribution
{
    public override double Min => Values[0];
    public override double Max => Values[^1];
    public override double Mean => Values.Average();
    public override string Describe() => $"empirical({Values.Count} values, {Fmt.N(Min)} to {Fmt.N(Max)}, mean {Fmt.N(Mean)})";
}

/// <summary>Number formatting shared by the renderings: invariant culture, no trailing zeros.</summary>
internal static class Fmt
{
    public static string N(double x) => x.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
