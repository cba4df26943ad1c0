using Fulcrum.Watch.Signposts;

namespace Fulcrum.Watch.Tests.Signposts;

public class ManualEvaluationTests
{
    [Fact]
    public void Evaluate_LatestObservationSaysFired_IsFiredSinceTheFirstOfTheRun()
    {
        var s = Make.Manual("talks", Make.Seen(0, false), Make.Seen(5, true), Make.Seen(9, true));
        var r = SignpostEvaluator.Evaluate(s, SignpostData.Manual, Make.Start.AddDays(10));
        Assert.Equal((SignpostState.Fired, Make.Start.AddDays(5), Make.Start.AddDays(9)), (r.State, r.Since, r.DataThrough));
        Assert.Equal(Make.Start.AddDays(9), r.Evidence.Observation!.Date);
    }

    [Fact]
    public void Evaluate_LatestObservationSaysNotFired_IsQuietEvenAfterAFiring()
    {
        var s = Make.Manual("talks", Make.Seen(0, true), Make.Seen(5, false));
        var r = SignpostEvaluator.Evaluate(s, SignpostData.Manual, Make.Start.AddDays(10));
        Assert.Equal((SignpostState.Quiet, Make.Start.AddDays(5)), (r.State, r.Since));
    }

    [Fact]
    public void Evaluate_ObservationAfterAsOf_IsIgnored()
    {
        var s = Make.Manual("talks", Make.Seen(0, false), Make.Seen(20, true));
        var r = SignpostEvaluator.Evaluate(s, SignpostData.Manual, Make.Start.AddDays(10));
        Assert.Equal((SignpostState.Quiet, Make.Start), (r.State, r.Since));
        Assert.Equal(SignpostState.Fired, SignpostEvaluator.Evaluate(s, SignpostData.Manual, Make.Start.AddDays(20)).State);
    }

    [Fact]
    public void Evaluate_NoObservation_IsNoData()
    {
        var r = SignpostEvaluator.Evaluate(Make.Manual("talks"), SignpostData.Manual, Make.Start);
        Assert.Equal((SignpostState.NoData, null), (r.State, r.Since));
        Assert.Equal("no observation recorded", r.Reason);
    }

    [Fact]
    public void Evaluate_OnlyObservationsAfterAsOf_IsNoDataAndSaysSo()
    {
        var r = SignpostEvaluator.Evaluate(Make.Manual("talks", Make.Seen(3, true)), SignpostData.Manual, Make.Start);
        Assert.Equal(SignpostState.NoData, r.State);
        Assert.Contains("after as_of", r.Reason, StringComparison.Ordinal);
    }
}
