using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Discover;
using Fulcrum.App.Examine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

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
        var caseOption = CommonOptions.Case();
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
        var draws = new Option<int>("--draws")
        {
            HelpName = "N",
            Description = $"Monte Carlo draws searched ({AppraisalOptions.MinDraws}-{AppraisalOptions.MaxDraws}); the same draws examine makes",
            DefaultValueFactory = _ => AppraisalOptions.DefaultDraws,
        };
        var seed = new Option<ulong>("--seed")
        {
            HelpName = "SEED",
            Description = "Seed of the random streams: the same inputs and seed give the same boxes",
            DefaultValueFactory = _ => AppraisalOptions.DefaultSeed,
        };
        var probabilities = new Option<string?>("--scenario-probabilities")
        {
            HelpName = "id=p,...",
            Description = "Scenario probabilities to draw under instead of the signposts' posterior (every scenario, summing to 1)",
        };
        var priors = new Option<bool>("--priors") { Description = "Draw under the case's prior scenario probabilities, ignoring the signposts" };
        var db = CommonOptions.Store("The event store for the case's event signposts (a DuckDB file); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists");
        var asOf = CommonOptions.AsOf("Discover as of this date (YYYY-MM-DD): the signposts see no data after it; default the case's as_of");
        var sources = CommonOptions.Sources();
        var cores = new Option<int?>("--cores") { HelpName = "N", Description = "Cores to use (default: all); the boxes are the same for any count" };
        var command = new Command("discover",
            "Scenario discovery (PRIM, Friedman & Fisher 1999): over examine's draws, find the boxes of scenario, factor levels, weights and " +
            "reaction quantiles in which an option fails - its regret above a threshold, or a power's tolerance breached; each box's limits " +
            "in words, coverage, density, mass and the peeling trajectory")
        {
            caseOption, option, target, threshold, asOf, sources, draws, seed, probabilities, priors, db, cores,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var given = context.Value(probabilities);
            if (given is not null && context.Value(priors))
                throw new InputException(Problem.About(Subjects.ScenarioProbabilities, "--scenario-probabilities and --priors both say where the probabilities come from", "give one of them"));
            var examination = new ExamineRequest(CommonOptions.Scope(context, caseOption, db, asOf, sources))
            {
                Probabilities = given is not null ? ProbabilityChoice.Given : context.Value(priors) ? ProbabilityChoice.Priors : ProbabilityChoice.Signposts,
                Given = given,
                GivenBy = probabilities.Name,
                Draws = context.Value(draws),
                Seed = context.Value(seed),
                Cores = context.Value(cores),
            };
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
