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
        var order = Enumerable.Range(0, m.O).OrderByDescending(k => x.Eu[k]).ThenBy(k => m.Case.Options[k].Id, StringComparer.Ordinal).ToList();
        var (a, b) = (order[0], order[1]);
        var diff = new PairDifference(m, store, a, b);
        var tornado = Tornado.Bars(m, diff, options, notes);
        var switching = Switching.Values(m, diff, m.Case.Options[a].Id, m.Case.Options[b].Id, notes);
        return new Sensitivity(m.Case.Options[a].Id, m.Case.Options[b].Id, tornado, switching, evpi, notes);
    }
}
