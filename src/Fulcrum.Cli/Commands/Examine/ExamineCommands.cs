using System.CommandLine;
using Fulcrum.Cli.Commands.Case;
using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Commands.Signposts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// <c>fulcrum examine [--case FILE] [--draws N] [--seed S] [--scenario-probabilities id=p,… | --priors]</c>:
/// appraise the options of a case and recommend one, with the sensitivities that could change it. The
/// scenario probabilities are, by default, the priors updated by the signposts fired as of the case's
/// as_of (<see cref="ExamineProbabilities"/>).
/// </summary>
public static class ExamineCommands
{
    public static Command Create(CliServices services)
    {
        var caseOption = new Option<string?>("--case")
        {
            HelpName = "FILE",
            Description = "The case file (*.fulcrum.yaml) or builtin:NAME; default: the built-in case israel-2022",
        };
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
            Description = "Use the case's prior scenario probabilities, ignoring the signposts (default: the priors updated by the signposts fired as of the case's as_of)",
        };
        var db = EventStoreSource.DbOption();
        db.Description = "The event store for the case's event signposts (a DuckDB file); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists";
        var cores = new Option<int?>("--cores")
        {
            HelpName = "N",
            Description = "Cores to use (default: all); the numbers are the same for any count",
        };
        var command = new Command("examine",
            "Appraise the case's options under uncertainty: expected utility, downside, tolerance breaches, regret, " +
            "rank acceptability; the recommendation and its reason; tornado, switching values and EVPI")
        {
            caseOption, draws, seed, probabilities, priors, db, cores,
        };
        return services.WithAction(command, context =>
        {
            var file = context.Value(caseOption);
            var c = CaseSource.LoadOrThrow(file);
            var given = context.Value(probabilities);
            if (given is not null && context.Value(priors))
                throw new InputException(new Problem(ScenarioProbabilityArgument.Name, 0, 0, "--scenario-probabilities and --priors both say where the probabilities come from", "give one of them"));
            var (p, signposts) = ExamineProbabilities.Choose(c, file, given, context.Value(priors),
                () => CaseStore.OpenIfNeeded(context, db, CaseStore.SignpostsNeedIt(c)));
            var options = new AppraisalOptions
            {
                Draws = context.Value(draws),
                Seed = context.Value(seed),
                MaxDegreeOfParallelism = context.Value(cores),
            };
            context.Milestone($"examine: {c.Id}, {options.Draws:N0} draws, seed {options.Seed} ...");
            var appraisal = Appraiser.Appraise(c, p, options).ValueOrThrow();
            if (context.Json) return context.WriteJson(ExamineJson.From(appraisal, signposts));
            ExamineView.Render(context.Console, c, appraisal, signposts);
            return ExitCodes.Success;
        });
    }
}
