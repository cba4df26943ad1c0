namespace Fulcrum.Bargaining.Bdm.Internal;

internal sealed partial class ScholzCodeEngine
{
    private List<EngineMove> Offers(ReadOnlySpan<double> x, Span<double> next, ReadOnlySpan<double> risk)
    {
        var moves = new List<EngineMove>();
        for (var j = 0; j < _n; j++)
        {
            next[j] = x[j];
            EngineMove? confrontation = null;
            EngineMove? compromise = null;
            double confrontationShift = 0, compromiseKey = 0;
            var statusQuo = 2 - 4 * BdmUtility.Power(0.5, risk[j]);
            for (var o = 0; o < _n; o++)
            {
                if (x[j] == x[o]) continue;
                // Both EUs are in the receiver's view: same distance, same exponent, same U_s and U_f.
                var (success, failure) = Outcomes(x, j, o, risk[j]);
                var own = ExpectedUtility(j, o, success, failure, statusQuo);     // eu_ij: the receiver challenging the proposer
                var theirs = ExpectedUtility(o, j, success, failure, statusQuo);  // eu_ji: the proposer challenging the receiver
                if (theirs > own && own > 0)
                {
                    var shift = Math.Abs(x[j] - x[o]);
                    if (confrontation is null || shift < confrontationShift)
                    {
                        confrontation = new EngineMove(j, o, BdmOfferKind.Confrontation, x[o], own, theirs);
                        confrontationShift = shift;
                    }
                }
                else if (theirs > 0 && 0 > own && theirs > Math.Abs(own))
                {
                    var to = x[j] + (x[o] - x[j]) * Math.Abs(own / theirs);
                    var key = (Math.Abs(own) * x[j] + Math.Abs(theirs) * x[o]) / (Math.Abs(own) + Math.Abs(theirs));
                    if (compromise is null || key < compromiseKey)
                    {
                        compromise = new EngineMove(j, o, BdmOfferKind.Compromise, to, own, theirs);
                        compromiseKey = key;
                    }
                }
                // The reference's capitulation branch tests eu_ji < abs(eu_ji), never true: no capitulation.
            }
            if ((confrontation ?? compromise) is { } move)
            {
                next[j] = move.To;
                moves.Add(move);
            }
        }
        return moves;
    }
}
