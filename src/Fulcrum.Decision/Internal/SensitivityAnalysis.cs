namespace Fulcrum.Decision.Internal;

/// <summary>Tornado, switching values and EVPI, all on the draws already made.</summary>
internal static class SensitivityAnalysis
{
    public static Sensitivity Run(CompiledCase m, DrawStore store, Measures x, AppraisalOptions options)
    {
        var evpi = EvpiEstimator.Compute(m, store, x);
        var notes = new List<string>();
        if (m.O < 2)
        {
            notes.Add("Only one option: there is no pair to compare, so no tornado or switching values.");
            return new Sensitivity(m.Case.Options.FirstOrDefault()?.Id, null, [], [], evpi, notes);
        }
        var curves = new RuleCurves(m, store, x);
        var basePoint = curves.Base();
        var a = basePoint.Choice;
        var b = basePoint.Rival(a);
        var tornado = Tornado.Bars(m, curves, a, options, notes);
        var switching = Switching.Values(m, curves, a, options, notes);
        return new Sensitivity(m.Case.Options[a].Id, m.Case.Options[b].Id, tornado, switching, evpi, notes);
    }
}
