using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Panel;
using Fulcrum.Cli.Commands.Journal;
using Fulcrum.Cli.Infrastructure;

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
        var x = new ExaminationOptions("Examine", "the same numbers");
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
            x.Scope.Case, x.Scope.AsOf!, x.Scope.Sources, x.Draws, x.Seed, x.Probabilities, x.Priors, x.Scope.Store, x.Cores, journal, panel,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = x.Request(context);
            var examination = CommandContext.Require(await context.App.Examine.ExamineAsync(request, context.Milestones, cancellationToken).ConfigureAwait(false));
            if (context.Value(journal)) await JournalCommands.RecordAsync(context, examination, x.Scope.StoreLocation(context), cancellationToken).ConfigureAwait(false);
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
