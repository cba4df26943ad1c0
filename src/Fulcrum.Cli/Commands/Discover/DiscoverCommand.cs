using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Discover;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Discover;

/// <summary>
/// <c>fulcrum discover [--case FILE] [--option ID] [--target regret|breach:POWER] [--threshold X]
/// [--draws N] [--seed S] [--scenario-probabilities id=p,… | --priors]</c>: scenario discovery (PRIM)
/// over examine's draws — the boxes in which the option fails (<see cref="DiscoverService"/>).
/// </summary>
public static class DiscoverCommand
{
    public static Command Create(CliServices services)
    {
        var x = new ExaminationOptions("Discover", "the same boxes");
        var option = new Option<string?>("--option")
        {
            HelpName = "ID",
            Description = "The option to examine (default: the one examine recommends)",
        };
        var target = new Option<string>("--target")
        {
            HelpName = "regret|breach:POWER",
            Description = "What counts as the option failing in a draw: regret (its regret above --threshold) or breach:POWER (a tolerance of POWER breached, e.g. breach:RUS)",
            DefaultValueFactory = _ => "regret",
        };
        var threshold = new Option<double?>("--threshold")
        {
            HelpName = "X",
            Description = $"With --target regret: the regret, in utility units (0-1), above which the option fails (default {DiscoverRequest.DefaultThreshold})",
        };
        var command = new Command("discover",
            "Scenario discovery (PRIM, Friedman & Fisher 1999): over examine's draws, find the boxes of scenario, factor levels, weights and " +
            "reaction quantiles in which an option fails - its regret above a threshold, or a power's tolerance breached; each box's limits " +
            "in words, coverage, density, mass and the peeling trajectory")
        {
            x.Scope.Case, option, target, threshold, x.Scope.AsOf!, x.Scope.Sources, x.Draws, x.Seed, x.Probabilities, x.Priors, x.Scope.Store, x.Cores,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var examination = x.Request(context);
            var request = new DiscoverRequest(examination)
            {
                Option = context.Value(option),
                Target = context.Value(target) ?? "regret",
                Threshold = context.Value(threshold),
            };
            var discovered = CommandContext.Require(await context.App.Discover.DiscoverAsync(request, context.Milestones, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(DiscoverContract.Of(discovered));
            DiscoverView.Render(context.Console, discovered);
            return ExitCodes.Success;
        });
    }
}
