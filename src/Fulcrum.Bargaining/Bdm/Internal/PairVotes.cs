using System.Runtime.Intrinsics;

namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// The inner loop of the paper's P_ij: Σ_k max(0, v_k) and Σ_k max(0, −v_k) with
/// v_k = w_k (dj_k − di_k). Four lanes at a time with <see cref="Vector256{T}"/>, whose lane-wise
/// IEEE arithmetic is the same in hardware and in the software fallback, and a fixed order of
/// reduction, so that the order of additions does not depend on the machine's vector width (as it
/// would with <c>Vector&lt;T&gt;</c>).
/// </summary>
internal static class PairVotes
{
    public static void Sum(ReadOnlySpan<double> w, ReadOnlySpan<double> di, ReadOnlySpan<double> dj, out double forI, out double forJ)
    {
        var n = w.Length;
        var k = 0;
        var accI = Vector256<double>.Zero;
        var accJ = Vector256<double>.Zero;
        for (; k + 4 <= n; k += 4)
        {
            var v = Vector256.Create(w[k..]) * (Vector256.Create(dj[k..]) - Vector256.Create(di[k..]));
            accI += Vector256.Max(v, Vector256<double>.Zero);
            accJ += Vector256.Max(-v, Vector256<double>.Zero);
        }
        forI = (accI.GetElement(0) + accI.GetElement(1)) + (accI.GetElement(2) + accI.GetElement(3));
        forJ = (accJ.GetElement(0) + accJ.GetElement(1)) + (accJ.GetElement(2) + accJ.GetElement(3));
        for (; k < n; k++)
        {
            var v = w[k] * (dj[k] - di[k]);
            if (v > 0) forI += v;
            else forJ -= v;
        }
    }
}
