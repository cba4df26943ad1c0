using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>The vectorised bargain values against KTAB's scalar <c>brgnUtil</c> loop: equal to the bit.</summary>
public class BargainValuationTests
{
    [Theory]
    [InlineData(31, 1, false)]
    [InlineData(17, 3, true)]
    public void Of_EveryBargain_BitIdenticalToScalarLoop(int actors, int dims, bool laggingIdeals)
    {
        var p = new SmpParameters();
        var s = KernelStates.Of(9, actors, dims, p, laggingIdeals);
        var bargains = Proposals.Make(s, p, new ParallelOptions()).SelectMany(b => b).ToArray();
        Assert.NotEmpty(bargains);
        var (statusQuo, values) = BargainValuation.Of(s, bargains, new ParallelOptions());
        for (var a = 0; a < actors; a++)
        {
            var sq = 0.0;
            for (var q = 0; q < actors; q++) sq += s.OwnUtility[(a * actors) + q];
            Assert.Equal(sq / actors, statusQuo[a]);
            for (var m = 0; m < bargains.Length; m++)
            {
                var b = bargains[m];
                var sum = 0.0;
                sum += Utility(s, a, b.InitiatorPosition);
                sum += Utility(s, a, b.ReceiverPosition);
                for (var q = 0; q < actors; q++)
                {
                    if (q != b.Initiator && q != b.Receiver) sum += s.OwnUtility[(a * actors) + q];
                }
                Assert.Equal(sum / actors, values[m][a]);
            }
        }
    }

    private static double Utility(SmpState s, int a, double[] x)
    {
        var dims = s.Actors.Dims;
        return SmpMath.Utility(SmpMath.Distance(s.Ideals, a * dims, x, 0, s.Actors.Salience, a * dims, dims), s.Risk[a]);
    }
}
