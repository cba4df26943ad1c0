namespace Fulcrum.Decision.Internal;

/// <summary>
/// What the values of information are measured against: the options the rule lets an informed
/// decision-maker choose from (the admissible ones; all of them when none is), and the best of
/// those by expected utility — the recommendation, unless the robustness rule chose otherwise.
/// </summary>
internal static class RuleReference
{
    public static (bool[] Allowed, int Reference) Of(CompiledCase m, Measures x)
    {
        var allowed = Enumerable.Range(0, m.O).Select(k => Recommender.IsAdmissible(m, x, k)).ToArray();
        if (!allowed.Any(v => v)) Array.Fill(allowed, true);
        var reference = Enumerable.Range(0, m.O).Where(k => allowed[k])
            .OrderByDescending(k => x.Eu[k]).ThenBy(k => m.Case.Options[k].Id, StringComparer.Ordinal).First();
        return (allowed, reference);
    }
}
