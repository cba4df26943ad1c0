using System.Text.Json.Serialization;
using Fulcrum.App.Bargain;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;

namespace Fulcrum.App.Contracts;

/// <summary>
/// <c>bargain</c> as JSON: model, input, seed, turns (positions by actor; win probabilities for smp,
/// median and mean for bdm), BDM's accepted offers, the forecast and why the run stopped, and the
/// perturbation and drop-actor studies when asked for. Absent parts are left out, not null.
/// </summary>
public sealed record BargainContract(
    string Model, BargainInputContract Input, ulong Seed, IReadOnlyList<string> Settings, IReadOnlyList<BargainTurnContract> Turns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BdmMoveContract>? Moves,
    BargainForecastContract Forecast, int TurnCount, string StopReason, double ElapsedMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PerturbationContract? Perturbation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonPropertyName("drop_actor")] IReadOnlyList<DropActorShock>? DropActor) : Contract
{
    public static BargainContract Of(BargainReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var (trajectory, bdm, table) = (r.Trajectory, r.Bdm, r.Input.Table);
        var settings = r.Model switch
        {
            SmpModel smp => SmpParameterNames.Describe(smp.Parameters),
            BdmModel b => [$"compat: {BdmCompatNames.Name(b.Options.Compat)}", $"max rounds: {r.Settings.MaxTurns ?? b.Options.MaxRounds}"],
            _ => [],
        };
        var last = trajectory.Turns[^1];
        return new(r.Model.Name, new BargainInputContract(r.Input.Layout, table.Scenario, table.ActorCount, table.Dimensions), r.Settings.Seed, [.. settings],
            [.. trajectory.Turns.Select(t => BargainTurnContract.Of(trajectory.Actors, t))],
            bdm?.Rounds.SelectMany(round => round.Moves.Select(m => new BdmMoveContract(round.Turn, m.Actor, m.Proposer, m.Kind, m.From, m.To, m.ActorEu, m.ProposerEu))).ToList(),
            new BargainForecastContract(table.Dimensions, trajectory.Forecast,
                bdm is null ? "probability-weighted mean of the unique final positions" : "final median voter position", last.Mean),
            trajectory.TurnCount, trajectory.StopReason, Math.Round(r.Elapsed.TotalMilliseconds, 1),
            r.Study is { } s ? new PerturbationContract(s.Spec.ToString(), s.Runs.Count + s.Failures.Count, s.Runs.Count,
                [.. s.Failures.Select(f => new PerturbationFailureContract(f.Index, f.Message))], s.Forecast, s.FinalMean)
            { KnifeEdge = s.KnifeEdges } : null,
            r.Drops?.Shocks)
        {
            FinalPositions = trajectory.FinalPositions?.Select(p => new FinalPositionContract(p.Position, p.Probability, p.Actors)).ToList(),
        };
    }

    /// <summary>smp: the distinct final positions with their win probabilities (summing to 1) and who holds each; a turn's per-actor probabilities are those of the actor's position.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FinalPositionContract>? FinalPositions { get; init; }
}

/// <summary>One distinct final position: where (per dimension), its win probability, the actors holding it.</summary>
public sealed record FinalPositionContract(IReadOnlyList<double> Position, double Probability, IReadOnlyList<string> Actors);

/// <summary>The input: its layout, scenario name, actors and dimensions.</summary>
public sealed record BargainInputContract(string Layout, string Scenario, int Actors, IReadOnlyList<string> Dimensions);

/// <summary>One turn: each actor's position per dimension; smp's win probabilities, or bdm's median and mean.</summary>
public sealed record BargainTurnContract(
    int Turn, IReadOnlyDictionary<string, IReadOnlyList<double>> Positions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? Probabilities,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Median,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Mean)
{
    public static BargainTurnContract Of(IReadOnlyList<string> actors, TurnState t)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Turn, actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => t.Positions[x.i], StringComparer.Ordinal),
            t.Probabilities is { } p ? actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => p[x.i], StringComparer.Ordinal) : null,
            t.Median, t.Mean);
    }
}

/// <summary>One accepted BDM offer.</summary>
public sealed record BdmMoveContract(int Turn, string Actor, string Proposer, BdmOfferKind Kind, double From, double To, double ActorEu, double ProposerEu);

/// <summary>The forecast, the rule it follows, and BDM's final weighted mean.</summary>
public sealed record BargainForecastContract(IReadOnlyList<string> Dimensions, IReadOnlyList<double> Position, string Rule, double? FinalMean);

/// <summary>A perturbation study: the spec, runs asked for and finished, failures, and the forecast's distribution.</summary>
public sealed record PerturbationContract(
    string Spec, int Runs, int Finished, IReadOnlyList<PerturbationFailureContract> Failures,
    IReadOnlyList<ForecastDistribution> Forecast, ForecastDistribution? FinalMean)
{
    /// <summary>The dimensions whose unperturbed forecast lies outside the perturbed runs' 5-95% band.</summary>
    public IReadOnlyList<string> KnifeEdge { get; init; } = [];
}

/// <summary>A perturbed run the model refused.</summary>
public sealed record PerturbationFailureContract(int Run, string Message);
