using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The case's plans and the signposts that state fire probabilities, flattened for the sampling
/// loop: per watched signpost its firing probability under each scenario, per plan its start and
/// switches (signpost, fires or clears, option switched to, one cost sampler per interest or −1).
/// </summary>
internal sealed class CompiledPlans
{
    /// <summary>Most signposts with fire probabilities (one bit each in a draw's firing mask).</summary>
    public const int MaxSignposts = 64;

    public static CompiledPlans Empty { get; } = new();

    /// <summary>The signposts that state fire probabilities, in the case's order.</summary>
    public IReadOnlyList<Signpost> Signposts { get; private init; } = [];
    /// <summary>[j * S + s]: probability that signpost j fires under scenario s.</summary>
    public double[] Fire { get; private init; } = [];
    public int J => Signposts.Count;
    public int L => Start.Length;
    public int[] Start { get; private init; } = [];
    /// <summary>Plan l's switches are SwitchOffset[l] .. SwitchOffset[l + 1] − 1.</summary>
    public int[] SwitchOffset { get; private init; } = [0];
    public int[] SwitchSignpost { get; private init; } = [];
    public bool[] SwitchOnFire { get; private init; } = [];
    public int[] SwitchTo { get; private init; } = [];
    public bool[] SwitchHasCost { get; private init; } = [];
    /// <summary>[k * I + i]: the sampler of switch k's cost on interest i, or −1 for none.</summary>
    public int[] SwitchCost { get; private init; } = [];

    /// <summary>Reports what in the plans cannot be appraised (a case built in code is not checked by the loader).</summary>
    public static void Check(Case c, ProblemList problems)
    {
        var watched = c.Signposts.Where(s => s.FireProbability.Count > 0).ToList();
        if (watched.Count > MaxSignposts)
            problems.Add(0, 0, $"{watched.Count} signposts state fire probabilities; at most {MaxSignposts} can be appraised", "keep fire probabilities on the signposts the plans watch");
        foreach (var s in watched)
            foreach (var sc in c.Scenarios)
                if (!s.FireProbability.TryGetValue(sc.Id, out var p) || !(p is >= 0 and <= 1))
                    problems.Add(0, 0, $"signpost '{s.Id}' gives no fire probability in [0, 1] for scenario '{sc.Id}'", "give every scenario the probability that the signpost fires under it");
        var options = c.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var interests = c.Interests.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in c.Plans)
        {
            if (!options.Contains(plan.Start)) problems.Add(0, 0, $"plan '{plan.Id}' starts with unknown option '{plan.Start}'", "name an option of the case");
            if (plan.Switches.Count > 255) problems.Add(0, 0, $"plan '{plan.Id}' has {plan.Switches.Count} switches; at most 255 can be appraised", "merge switches");
            foreach (var w in plan.Switches)
            {
                if (!options.Contains(w.To)) problems.Add(0, 0, $"plan '{plan.Id}' switches to unknown option '{w.To}'", "name an option of the case");
                if (!watched.Any(s => s.Id == w.Signpost))
                    problems.Add(0, 0, $"plan '{plan.Id}' watches signpost '{w.Signpost}', which states no fire probabilities", "give the signpost fire_probability: {scenario: p}");
                foreach (var i in w.Cost.Keys.Where(i => !interests.Contains(i)))
                    problems.Add(0, 0, $"plan '{plan.Id}' puts a cost on unknown interest '{i}'", "name an interest of the case");
            }
        }
    }

    /// <summary>Flattens the plans; cost distributions are added to <paramref name="samplers"/> (before it is frozen).</summary>
    public static CompiledPlans Build(Case c, Samplers samplers)
    {
        var watched = c.Signposts.Where(s => s.FireProbability.Count > 0).ToList();
        if (watched.Count == 0 && c.Plans.Count == 0) return Empty;
        var switches = c.Plans.SelectMany(p => p.Switches).ToList();
        var n = c.Interests.Count;
        var cost = new int[switches.Count * n];
        for (var k = 0; k < switches.Count; k++)
            for (var i = 0; i < n; i++)
                cost[k * n + i] = switches[k].Cost.TryGetValue(c.Interests[i].Id, out var e) ? samplers.Add(e.Distribution) : -1;
        var offsets = new int[c.Plans.Count + 1];
        for (var l = 0; l < c.Plans.Count; l++) offsets[l + 1] = offsets[l] + c.Plans[l].Switches.Count;
        int OptionIndex(string id) => c.Options.Select(o => o.Id).ToList().IndexOf(id);
        return new CompiledPlans
        {
            Signposts = watched,
            Fire = [.. watched.SelectMany(s => c.Scenarios.Select(sc => s.FireProbability[sc.Id]))],
            Start = [.. c.Plans.Select(p => OptionIndex(p.Start))],
            SwitchOffset = offsets,
            SwitchSignpost = [.. switches.Select(w => watched.FindIndex(s => s.Id == w.Signpost))],
            SwitchOnFire = [.. switches.Select(w => w.OnFire)],
            SwitchTo = [.. switches.Select(w => OptionIndex(w.To))],
            SwitchHasCost = [.. switches.Select(w => w.Cost.Count > 0)],
            SwitchCost = cost,
        };
    }
}
