using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Contracts;

/// <summary>
/// What an analyst can move in the case (the dashboard's sliders): each scenario with its prior and
/// accepted range, each interest with its weight (a point or a range), and the options by name.
/// Text is the case's own, so a host encodes it wherever it is shown.
/// </summary>
public sealed record CaseInputsContract(
    string Case, string Title, string Focal, IReadOnlyList<string> Powers, DateOnly AsOf,
    IReadOnlyList<CaseInputsContract.ScenarioInput> Scenarios, IReadOnlyList<CaseInputsContract.InterestInput> Interests,
    IReadOnlyList<CaseInputsContract.OptionInput> Options) : Contract
{
    public static CaseInputsContract Of(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Title, c.Focal, c.Powers, c.AsOf,
            [.. c.Scenarios.Select(s => new ScenarioInput(s.Id, s.Name, s.Prior, s.PriorRange?.Low, s.PriorRange?.High))],
            [.. c.Interests.Select(i => new InterestInput(i.Id, i.Name, i.Weight.Low, i.Weight.High, i.Unit))],
            [.. c.Options.Select(o => new OptionInput(o.Id, o.Name))]);
    }

    /// <summary>A scenario, its prior and the range an analyst would accept (null: none stated).</summary>
    public sealed record ScenarioInput(string Id, string Name, double Prior, double? PriorLow, double? PriorHigh);

    /// <summary>An interest and its weight (low = high for a point).</summary>
    public sealed record InterestInput(string Id, string Name, double WeightLow, double WeightHigh, string Unit);

    /// <summary>An option by id and name.</summary>
    public sealed record OptionInput(string Id, string Name);
}
