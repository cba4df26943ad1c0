using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Cli.Commands.Bargain;

/// <summary>
/// The <c>--json</c> shape of <c>bargain</c>: model, input, seed, turns[{turn, positions{actor: [dims]},
/// probabilities{actor: p} (smp) | median, mean (bdm)}], moves (bdm), forecast, turn_count,
/// stop_reason, elapsed_ms, and perturbation / drop_actor when asked for.
/// </summary>
public static class BargainJson
{
    public static Dictionary<string, object?> Of(BargainReport r)
    {
        var (trajectory, bdm) = r.Run;
        var table = r.Input.Table;
        var json = new Dictionary<string, object?>
        {
            ["model"] = r.Model.Name,
            ["input"] = new { layout = r.Input.Layout, scenario = table.Scenario, actors = table.ActorCount, dimensions = table.Dimensions },
            ["seed"] = r.Settings.Seed,
            ["settings"] = r.Model switch
            {
                SmpModel smp => SmpParameterNames.Describe(smp.Parameters),
                BdmModel b => [$"compat: {BdmCompatNames.Name(b.Options.Compat)}", $"max rounds: {r.Settings.MaxTurns ?? b.Options.MaxRounds}"],
                _ => [],
            },
            ["turns"] = trajectory.Turns.Select(t => Turn(trajectory.Actors, t)).ToList(),
        };
        if (bdm is not null)
            json["moves"] = bdm.Rounds.SelectMany(round => round.Moves.Select(m => new
            {
                turn = round.Turn,
                actor = m.Actor,
                proposer = m.Proposer,
                kind = m.Kind,
                from = m.From,
                to = m.To,
                actor_eu = m.ActorEu,
                proposer_eu = m.ProposerEu,
            })).ToList();
        var last = trajectory.Turns[^1];
        json["forecast"] = new Dictionary<string, object?>
        {
            ["dimensions"] = table.Dimensions,
            ["position"] = trajectory.Forecast,
            ["rule"] = bdm is null ? "probability-weighted mean of the unique final positions" : "final median voter position",
            ["final_mean"] = last.Mean,
        };
        json["turn_count"] = trajectory.TurnCount;
        json["stop_reason"] = trajectory.StopReason;
        json["elapsed_ms"] = Math.Round(r.Elapsed.TotalMilliseconds, 1);
        if (r.Study is { } s)
            json["perturbation"] = new
            {
                spec = s.Spec.ToString(),
                runs = s.Runs.Count + s.Failures.Count,
                finished = s.Runs.Count,
                failures = s.Failures.Select(f => new { run = f.Index, message = f.Message }),
                forecast = s.Forecast,
                final_mean = s.FinalMean,
            };
        if (r.Drops is { } d)
            json["drop_actor"] = d.Shocks.Select(x => new
            {
                actor = x.Actor,
                forecast = x.Forecast,
                shift = x.Shift,
                final_mean = x.FinalMean,
                turns = x.Turns,
                stop_reason = x.StopReason,
                failure = x.Failure,
            }).ToList();
        return json;
    }

    private static Dictionary<string, object?> Turn(IReadOnlyList<string> actors, Bargaining.TurnState t)
    {
        var turn = new Dictionary<string, object?>
        {
            ["turn"] = t.Turn,
            ["positions"] = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => t.Positions[x.i]),
        };
        if (t.Probabilities is { } p) turn["probabilities"] = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => p[x.i]);
        if (t.Median is not null || t.Mean is not null)
        {
            turn["median"] = t.Median;
            turn["mean"] = t.Mean;
        }
        return turn;
    }
}
