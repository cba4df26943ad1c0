namespace Fulcrum.Bargaining.Bdm.Internal;

internal sealed partial class PaperEngine
{
    /// <summary>
    /// Each actor j weighs the offers it received: from every i with a position of its own, some
    /// salience (an actor with zero salience puts nothing behind a challenge and sends none), and a
    /// positive EU of challenging j in its own view. In j's view, with A = EU_ij and B = EU_ji:
    /// A &gt; B &gt; 0 is a confrontation j loses (it moves to x_i); A &gt; 0 &gt; B with A &gt; |B| a
    /// compromise (it moves |B/A| of the way); A &gt; 0 &gt; B with A ≤ |B| a capitulation (it moves
    /// to x_i). j accepts the offer that moves it least; ties go to the larger A, then to the
    /// proposer first by name. Moves take effect together.
    /// </summary>
    private List<EngineMove> Offers(ReadOnlySpan<double> x, Span<double> next)
    {
        var n = _n;
        var w = Actors.Weight;
        var moves = new List<EngineMove>();
        for (var j = 0; j < n; j++)
        {
            next[j] = x[j];
            EngineMove? best = null;
            var bestShift = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (i == j || x[i] == x[j] || w[i] <= 0 || _euOwn[i * n + j] <= 0) continue;
                var a = _euOther[i * n + j];
                var b = _euOwn[j * n + i];
                if (!Classify(a, b, x[i], x[j], out var kind, out var to)) continue;
                var shift = Math.Abs(to - x[j]);
                if (shift < bestShift || (shift == bestShift && a > best!.Value.ProposerEu))
                {
                    bestShift = shift;
                    best = new EngineMove(j, i, kind, to, b, a);
                }
            }
            if (best is { } move)
            {
                next[j] = move.To;
                moves.Add(move);
            }
        }
        return moves;
    }

    private static bool Classify(double a, double b, double xi, double xj, out BdmOfferKind kind, out double to)
    {
        kind = BdmOfferKind.Confrontation;
        to = xi;
        if (a <= 0) return false;
        if (b > 0) return a > b;
        if (b == 0) return false;
        if (a > -b)
        {
            kind = BdmOfferKind.Compromise;
            to = xj + (xi - xj) * (-b / a);
            return true;
        }
        kind = BdmOfferKind.Capitulation;
        return true;
    }
}
