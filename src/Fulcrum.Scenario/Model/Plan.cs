namespace Fulcrum.Scenario.Model;

/// <summary>
/// An adaptive plan (assumption-based planning, Dewar et al. 1993; adaptive policy pathways, Haasnoot
/// et al. 2013): take <see cref="Start"/> now, and switch to another option when a signpost fires
/// (or clears). The appraisal reads the switches in order: the first whose condition holds in a
/// state of the world decides the option taken there; when none holds the plan stays on its start.
/// </summary>
/// <param name="Id">Short identifier.</param>
/// <param name="Name">The plan in words.</param>
/// <param name="Start">The option taken now.</param>
/// <param name="Switches">The switches, in the order they are read.</param>
/// <param name="Source">Where the plan comes from.</param>
public sealed record Plan(string Id, string Name, string Start, IReadOnlyList<PlanSwitch> Switches, string Source);

/// <summary>
/// One switch of a plan: when <see cref="Signpost"/> fires (or, when <see cref="OnFire"/> is false,
/// clears: is watched and does not fire), take <see cref="To"/>, at a cost.
/// </summary>
/// <param name="Signpost">The signpost watched; it states its <see cref="Model.Signpost.FireProbability"/>.</param>
/// <param name="OnFire">True: the switch applies when the signpost fires; false: when it does not.</param>
/// <param name="To">The option switched to.</param>
/// <param name="Cost">
/// The cost of switching late, per interest: a change of the interest's level (in its unit) added to
/// the effect of <see cref="To"/>'s reaction, e.g. the credibility lost by condemning only after the
/// invasion. Interests not named cost nothing.
/// </param>
public sealed record PlanSwitch(string Signpost, bool OnFire, string To, IReadOnlyDictionary<string, Effect> Cost)
{
    /// <summary>"rus_ukr_conflict fires", as written in the case file.</summary>
    public string When => $"{Signpost} {(OnFire ? "fires" : "clears")}";
}
