using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Journal;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary><c>fulcrum outcome record SCENARIO --date D [--note TEXT] [--case FILE] [--db PATH]</c>: record what happened.</summary>
public static class OutcomeCommand
{
    public static Command Create(CliServices services)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario of the case that happened (e.g. full_invasion)" };
        var date = new Option<string?>("--date") { HelpName = "DATE", Description = "The date it happened (YYYY-MM-DD): examinations as of this date or later use probability 1 for it", Required = true };
        var note = new Option<string?>("--note") { HelpName = "TEXT", Description = "What happened, in a few words, kept with the outcome" };
        var caseOption = CommonOptions.Case();
        var db = JournalOptions.Store();
        var record = new Command("record",
            "Record that a scenario happened on a date, in the journal (append-only). From that date on, examine uses probability 1 for it " +
            "and says so; journal score judges the journal's earlier forecasts against it.") { scenario, date, note, caseOption, db };
        services.WithAction(record, async (context, cancellationToken) =>
        {
            var request = new OutcomeRequest(App.Cases.CaseRef.Parse(context.Value(caseOption)), CommonOptions.StoreLocation(context, db),
                context.Value(scenario)!, CommonOptions.Date(context, date)!.Value, context.Value(note));
            var outcome = CommandContext.Require(await context.App.Outcomes.RecordAsync(request, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(OutcomeContract.Of(outcome));
            context.Console.Line($"recorded (journal entry {outcome.Id}): {outcome.Sentence}, case {outcome.CaseId}");
            return ExitCodes.Success;
        });
        var command = new Command("outcome", "Record the outcomes that resolve a case's scenarios");
        command.Subcommands.Add(record);
        return command;
    }
}
