using Fulcrum.Core.Problems;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The last check on an appraisal before it is returned: every number in it is finite. The loader
/// bounds every input so that none can be NaN or infinite; one that is would be a bug in the
/// engine, and is thrown as one (never printed as a result).
/// </summary>
internal static class AppraisalGuard
{
    public static Appraisal Finite(Appraisal a)
    {
        foreach (var s in a.Scenarios) Preconditions.Finite(s.Probability, $"P({s.Id})");
        foreach (var o in a.Options)
        {
            Preconditions.Finite(o.ExpectedUtility, $"expected utility of {o.Id}");
            Preconditions.Finite(o.EuLow, $"utility interval of {o.Id}");
            Preconditions.Finite(o.EuHigh, $"utility interval of {o.Id}");
            Preconditions.Finite(o.EuSe, $"standard error of {o.Id}");
            Preconditions.Finite(o.Cvar10, $"CVaR of {o.Id}");
            Preconditions.Finite(o.PBest, $"P(best) of {o.Id}");
            Preconditions.Finite(o.ExpectedRegret, $"expected regret of {o.Id}");
            Preconditions.Finite(o.RegretP95, $"regret quantile of {o.Id}");
            All(o.Breach.Values.OfType<double>(), $"breach probability of {o.Id}");
            All(o.BreachByTolerance.Values, $"breach probability of {o.Id}");
            All(o.RankAcceptability, $"rank acceptability of {o.Id}");
            All(o.CentralWeights ?? [], $"central weights of {o.Id}");
        }
        if (a.Sensitivity is { } x)
        {
            foreach (var b in x.Tornado) All([b.ParameterLow, b.ParameterHigh, b.Low, b.High, b.Base, b.Swing], $"tornado bar {b.Parameter}");
            foreach (var v in x.Switching) All([v.Value ?? 0, v.Base, v.RangeLow, v.RangeHigh], $"switching value of {v.Parameter}");
            Preconditions.Finite(x.Evpi.Total, "EVPI");
            foreach (var e in x.Evpi.ByUncertainty) Preconditions.Finite(e.Value, $"EVPPI of {e.Name}");
        }
        return a;
    }

    private static void All(IEnumerable<double> values, string what)
    {
        foreach (var v in values) Preconditions.Finite(v, what);
    }
}
