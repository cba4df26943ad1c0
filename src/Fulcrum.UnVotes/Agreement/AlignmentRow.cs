namespace Fulcrum.UnVotes.Agreement;

/// <summary>
/// The alignment of a pair over one group of roll calls. With no common votes every measure is
/// null ("no data"), never zero; κ and π are also null when both countries voted the same way on
/// every vote (no variation: chance agreement is total and the correction undefined).
/// </summary>
/// <param name="A">The first country's code.</param>
/// <param name="B">The second country's code.</param>
/// <param name="Year">The calendar year (by year), else null.</param>
/// <param name="Session">The session (by session), else null.</param>
/// <param name="FirstYear">The first year the row covers.</param>
/// <param name="LastYear">The last year it covers.</param>
/// <param name="RollCalls">Roll calls in the group after the filters.</param>
/// <param name="Votes">Roll calls on which both recorded a vote (yes, no or abstain).</param>
/// <param name="Agree">Share of identical votes.</param>
/// <param name="AgreeVoeten">Voeten's index: identical 1, one abstaining ½, yes against no 0, averaged.</param>
/// <param name="S">Signorino &amp; Ritter's S = 1 − 2·d/d_max.</param>
/// <param name="Kappa">Cohen's κ = 1 − d_o/d_e, chance from each country's own vote shares (Häge 2011).</param>
/// <param name="Pi">Scott's π = 1 − d_o/d_e, chance from the pair's pooled vote shares (Häge 2011).</param>
/// <param name="IdealPointDistance">|ideal point A − ideal point B| (Bailey, Strezhnev &amp; Voeten 2017).</param>
public sealed record AlignmentRow(
    string A,
    string B,
    int? Year,
    int? Session,
    int FirstYear,
    int LastYear,
    int RollCalls,
    int Votes,
    double? Agree,
    double? AgreeVoeten,
    double? S,
    double? Kappa,
    double? Pi,
    double? IdealPointDistance)
{
    /// <summary>True when the pair has no common vote in this group.</summary>
    public bool NoData => Votes == 0;
}
