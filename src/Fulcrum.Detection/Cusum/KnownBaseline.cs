namespace Fulcrum.Detection.Cusum;

/// <summary>
/// An in-control level given by the analyst ("the 2019 average") instead of the trailing
/// baseline; also what the CUSUM design tables assume. For the Poisson CUSUM, <see cref="Sd"/>
/// is ignored unless it exceeds √mean, when it sets the overdispersion φ = sd²/mean.
/// </summary>
public sealed record KnownBaseline(double Mean, double Sd);
