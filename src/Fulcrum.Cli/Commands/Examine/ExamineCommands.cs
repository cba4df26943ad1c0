using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Panel;
using Fulcrum.Cli.Commands.Journal;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// <c>fulcrum examine [--case FILE] [--as-of DATE] [--source NAME=FILE] [--draws N] [--seed S]
/// [--scenario-probabilities id=p,… | --priors]</c>: appraise the options of a case and recommend one,
/// with the sensitivities that could change it (<see cref="ExamineService"/>).
/// </summary>
public static class ExamineCommands
{
    public static Command Create(CliServices services)
    {
        var caseOption = CommonOptions.Case();
        var draws = new Option<int>("--draws")
        {
            HelpName = "N",
            Description = $"Monte Carlo draws ({AppraisalOptions.MinDraws}-{AppraisalOptions.MaxDraws})",
            DefaultValueFactory = _ => AppraisalOptions.DefaultDraws,
        };
        var seed = new Option<ulong>("--seed")
        {
            HelpName = "SEED",
            Description = "Seed of the random streams: the same inputs and seed give the same numbers",
            DefaultValueFactory = _ => AppraisalOptions.DefaultSeed,
        };
        var probabilities = new Option<string?>("--scenario-probabilities")
        {
            HelpName = "id=p,...",
            Description = "Scenario probabilities to use instead of the signposts' posterior, e.g. no_invasion=0.3,limited_incursion=0.4,full_invasion=0.3 (every scenario, summing to 1)",
        };
        var priors = new Option<bool>("--priors")
        {
            Description = "Use the case's prior scenario probabilities, ignoring the signposts (default: the priors updated by the signposts fired as of the as-of date)",
        };
        var db = CommonOptions.Store("The event store for the case's event signposts (a DuckDB file); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists");
        var asOf = CommonOptions.AsOf("Examine as of this date (YYYY-MM-DD): the signposts see no data after it; default the case's as_of; a later date needs data that reach it");
        var sources = CommonOptions.Sources();
        var cores = new Option<int?>("--cores")
        {
            HelpName = "N",
            Description = "Cores to use (default: all); the numbers are the same for any count",
        };
        var journal = new Option<bool>("--journal")
        {
            Description = "Also record the examination in the journal of the event store (--db, else $FULCRUM_DB, else ./fulcrum.duckdb; created if absent), with what changed since the case's previous entry",
        };
        var panel = new Option<string?>("--panel")
        {
            HelpName = "DIR",
            Description = "Also study a panel of analysts: DIR holds one YAML file per analyst (weights, AHP or swing file, scenario probabilities); " +
                "shows the recommendation under each analyst's inputs and under their aggregate, and the inputs on which they disagree enough to change it",
        };
        var command = new Command("examine",
            "Appraise the case's options under uncertainty: expected utility, downside, tolerance breaches, regret, " +
            "rank acceptability; the case's adaptive plans beside the options and what watching each signpost is worth (EVSI); " +
            "the recommendation, its reason and caveats; tornado, switching values against every option, and EVPI")
        {
            caseOption, asOf, sources, draws, seed, probabilities, priors, db, cores, journal, panel,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var given = context.Value(probabilities);
            if (given is not null && context.Value(priors))
                throw new InputException(Problem.About(Subjects.ScenarioProbabilities, "--scenario-probabilities and --priors both say where the probabilities come from", "give one of them"));
            var request = new ExamineRequest(CommonOptions.Scope(context, caseOption, db, asOf, sources))
            {
                Probabilities = given is not null ? ProbabilityChoice.Given : context.Value(priors) ? ProbabilityChoice.Priors : ProbabilityChoice.Signposts,
                Given = given,
                GivenBy = probabilities.Name,
                Draws = context.Value(draws),
                Seed = context.Value(seed),
                Cores = context.Value(cores),
            };
            var examination = CommandContext.Require(await context.App.Examine.ExamineAsync(request, context.Milestones, cancellationToken).ConfigureAwait(false));
            if (context.Value(journal)) await JournalCommands.RecordAsync(context, examination, CommonOptions.StoreLocation(context, db), cancellationToken).ConfigureAwait(false);
            var studied = context.Value(panel) is { } dir
                ? CommandContext.Require(context.App.Panel.Study(new PanelRequest(request.Scope.Case, dir) { Draws = request.Draws, Seed = request.Seed, Cores = request.Cores }, context.Milestones, cancellationToken))
                : null;
            if (context.Json) return context.WriteJson(ExamineContract.Of(examination) with { Panel = studied is null ? null : PanelContract.Of(studied) });
            ExamineView.Render(context.Console, examination);
            if (studied is not null) PanelView.Render(context.Console, studied);
            return ExitCodes.Success;
        });
    }
}
