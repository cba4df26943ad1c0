using Fulcrum.App.Weights;

namespace Fulcrum.App.Contracts;

/// <summary><c>weights swing</c> as JSON: the weights by interest (rating over the sum of ratings), the ranks and ratings behind them, and the copy, when written.</summary>
public sealed record SwingWeightsContract(
    string? Case, string? File, IReadOnlyDictionary<string, double> Weights, IReadOnlyList<SwingWeightsContract.Swing> Ratings, WeightsCopyContract? Copy) : Contract
{
    public static SwingWeightsContract Of(SwingElicitationResult e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        return new(e.Case?.Ref.Origin, e.File, AhpWeightsContract.ById(r.Ids, r.Weights),
            [.. r.Ratings.Select(x => new Swing(x.Interest, x.Rank, x.Rating))], WeightsCopyContract.Of(e.Copy));
    }

    /// <summary>One swing: its rank (1 matters most) and its rating against the top swing (0–100).</summary>
    public sealed record Swing(string Interest, int Rank, double Rating);
}
