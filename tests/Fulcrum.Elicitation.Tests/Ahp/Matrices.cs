using Fulcrum.Elicitation.Ahp;
using MathNet.Numerics.LinearAlgebra;

namespace Fulcrum.Elicitation.Tests.Ahp;

/// <summary>Published judgement matrices, and the principal eigenvector computed independently by MathNet's EVD.</summary>
internal static class Matrices
{
    /// <summary>Saaty (1990), EJOR 48(1):9–26, the house example's criteria (Fixtures/SOURCE.md).</summary>
    public static PairwiseMatrix House => AhpCsvReader.Read(Fixture.Path("ahp", "saaty-1990-house.csv")).ValueOrThrow();

    /// <summary>Saaty &amp; Khouja (1976) in Saaty (1980): the relative wealth of seven nations.</summary>
    public static PairwiseMatrix Wealth => AhpCsvReader.Read(Fixture.Path("ahp", "saaty-1980-wealth.csv")).ValueOrThrow();

    /// <summary>The consistent matrix aᵢⱼ = wᵢ / wⱼ.</summary>
    public static PairwiseMatrix Consistent(params double[] w) =>
        PairwiseMatrix.Build([.. w.Select((_, i) => $"i{i}")], (i, j) => w[i] / w[j]);

    /// <summary>The eigenvector of the eigenvalue with the largest real part, normalised to sum to 1, and that eigenvalue.</summary>
    public static (double[] Weights, double Lambda) Reference(PairwiseMatrix m)
    {
        var a = Matrix<double>.Build.Dense(m.Count, m.Count, (i, j) => m[i, j]);
        var evd = a.Evd();
        var k = Enumerable.Range(0, m.Count).MaxBy(i => evd.EigenValues[i].Real);
        var v = evd.EigenVectors.Column(k);
        var sum = v.Sum();
        return ([.. v.Select(x => x / sum)], evd.EigenValues[k].Real);
    }
}
