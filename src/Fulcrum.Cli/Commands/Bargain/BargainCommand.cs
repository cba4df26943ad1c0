using System.CommandLine;
using Fulcrum.App.Bargain;
using Fulcrum.App.Contracts;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Bargain;

/// <summary>
/// <c>fulcrum bargain FILE</c>: runs KTAB's spatial model (smp) or Bueno de Mesquita's
/// expected-utility model (bdm) on an actor table, optionally on seeded perturbations of it or
/// without chosen actors (<see cref="BargainService"/>).
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
            var request = new BargainRequest(context.Value(file)!)
            {
                Model = context.Value(model),
                Compat = context.Value(compat),
                Seed = context.Value(seed),
                MaxTurns = context.Value(maxTurns),
                Runs = context.Value(runs),
                Perturb = context.Value(perturb),
                DropActors = context.Value(drop) ?? [],
            };
            var report = CommandContext.Require(context.App.Bargain.Run(request, context.Milestones));
            if (context.Json) return context.WriteJson(BargainContract.Of(report));
            BargainView.Render(context.Console, report);
            return ExitCodes.Success;
        });
    }
}
