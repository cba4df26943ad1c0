using System.CommandLine;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Commands.Bargain;

/// <summary>
/// <c>fulcrum bargain FILE</c>: runs KTAB's spatial model (smp) or Bueno de Mesquita's
/// expected-utility model (bdm) on an actor table, optionally on seeded perturbations of it or
/// without chosen actors.
/// </summary>
public static class BargainCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("FILE") { Description = "KTAB CSV or XML scenario, or a BDM CSV (actor, capability, position, salience)" };
        var model = new Option<string?>("--model") { Description = "smp (KTAB's spatial model) or bdm (Bueno de Mesquita); default: smp for KTAB files, bdm for BDM CSV" };
        model.AcceptOnlyFromAmong("smp", "bdm");
        var compat = new Option<string?>("--compat") { Description = $"BDM reading: {string.Join(" or ", BdmCompatNames.All)} (default paper)" };
        compat.AcceptOnlyFromAmong([.. BdmCompatNames.All]);
        var seed = new Option<ulong?>("--seed") { Description = $"Seed of the run's generator; default: the XML file's, else KTAB's default {SmpParameters.KtabDefaultSeed}" };
        var maxTurns = new Option<int?>("--max-turns") { Description = "Turn limit (default: the model's own: 100 for both, or 10 rounds with --compat scholz-code)" };
        var runs = new Option<int>("--runs") { Description = "Re-run the model on this many seeded perturbations of the input (needs --perturb)" };
        var perturb = new Option<string?>("--perturb") { Description = "How much to shake the input: position=SD,salience=SD,capability=SD (capability relative, e.g. 0.2)" };
        var drop = new Option<string[]>("--drop-actor") { Description = "Forecast without this actor (repeat for several; 'all' drops each actor in turn)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("bargain", "Forecast where a contested question settles: positions by turn, win probabilities (smp) or median and mean (bdm), the forecast and why the run stopped")
        {
            file, model, compat, seed, maxTurns, runs, perturb, drop,
        };
        return services.WithAction(command, context =>
        {
            var input = BargainInput.Load(context.Value(file)!);
            var modelName = context.Value(model) ?? input.NaturalModel;
            if (context.Value(compat) is not null && modelName != "bdm")
                throw new InputException(new Problem("--compat", 0, 0, "--compat applies to the BDM model only", "add --model bdm, or drop --compat"));
            var bargainModel = CreateModel(modelName, input, context.Value(compat));
            var settings = new BargainRunSettings(context.Value(seed) ?? input.Seed ?? SmpParameters.KtabDefaultSeed, context.Value(maxTurns));
            if (settings.MaxTurns is < 1) throw new InputException(new Problem("--max-turns", 0, 0, $"--max-turns {settings.MaxTurns} must be at least 1", "give a positive number of turns"));

            var started = context.Time.GetTimestamp();
            var run = Run(bargainModel, input.Table, settings);
            var study = Study(context, bargainModel, input.Table, settings, context.Value(runs), context.Value(perturb));
            var drops = context.Value(drop) is { Length: > 0 } names
                ? PerturbationRunner.DropActors(bargainModel, input.Table, settings, names.Contains("all") ? null : names).ValueOrThrow()
                : null;
            var elapsed = context.Time.GetElapsedTime(started);

            var report = new BargainReport(input, bargainModel, settings, run, study, drops, elapsed);
            if (context.Json) return context.WriteJson(BargainJson.Of(report));
            BargainView.Render(context.Console, report);
            return ExitCodes.Success;
        });
    }

    private static IBargainingModel CreateModel(string name, BargainInput input, string? compat)
    {
        if (name == "smp") return new SmpModel(input.Parameters ?? new SmpParameters());
        BdmCompatNames.TryParse(compat ?? BdmCompatNames.Paper, out var mode);
        return new BdmModel(BdmOptions.For(mode));
    }

    /// <summary>The run, with BDM's accepted offers when the model is BDM.</summary>
    private static (Trajectory Trajectory, BdmRun? Bdm) Run(IBargainingModel model, ActorTable table, BargainRunSettings settings)
    {
        if (model is BdmModel bdm)
        {
            var detailed = bdm.RunDetailed(table, settings);
            return (detailed.Trajectory, detailed);
        }
        return (model.Run(table, settings), null);
    }

    private static PerturbationResult? Study(CommandContext context, IBargainingModel model, ActorTable table, BargainRunSettings settings, int runs, string? perturb)
    {
        if (runs == 0 && perturb is null) return null;
        if (runs < 1 || perturb is null)
            throw new InputException(new Problem(runs < 1 ? "--runs" : "--perturb", 0, 0, "--runs and --perturb go together, with --runs at least 1",
                "e.g. --runs 200 --perturb position=5,salience=5,capability=0.2"));
        var spec = PerturbationSpec.Parse(perturb).ValueOrThrow();
        context.Milestone($"running {runs} perturbed copies ({spec}) ...");
        return PerturbationRunner.Run(model, table, settings, new PerturbationOptions { Runs = runs, Spec = spec });
    }
}

/// <summary>Everything one <c>bargain</c> command produced, for the table and JSON views.</summary>
public sealed record BargainReport(
    BargainInput Input, IBargainingModel Model, BargainRunSettings Settings,
    (Trajectory Trajectory, BdmRun? Bdm) Run, PerturbationResult? Study, DropActorReport? Drops, TimeSpan Elapsed);
