using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary>
/// <c>fulcrum journal [--case ID] [--since DATE] [--db PATH]</c>: the journalled examinations, and
/// <c>journal show ID</c>, <c>journal diff ID1 ID2</c>, <c>journal verify</c>, <c>journal score</c>.
/// No command changes or removes an entry.
/// </summary>
public static class JournalCommands
{
    public static Command Create(CliServices services)
    {
        var caseOption = JournalOptions.Case();
        var since = new Option<string?>("--since") { HelpName = "DATE", Description = "Only entries recorded on or after this date (YYYY-MM-DD, UTC)" };
        var db = JournalOptions.Store();
        var command = new Command("journal",
            "The journal of examinations kept in the event store (append-only, hash-chained): one line per entry with its time, as-of date, case, " +
            "probabilities, recommendation and what changed since the case's previous entry. Entries are written by examine --journal and replay.")
        {
            caseOption, since, db,
        };
        command.Subcommands.Add(JournalShowCommand.Create(services));
        command.Subcommands.Add(JournalDiffCommand.Create(services));
        command.Subcommands.Add(JournalVerifyCommand.Create(services));
        command.Subcommands.Add(JournalScoreCommand.Create(services));
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var location = CommonOptions.StoreLocation(context, db);
            var caseId = context.Value(caseOption) is { } c ? context.App.Journal.CaseId(c) : null;
            var entries = CommandContext.Require(await context.App.Journal.ListAsync(location, caseId, CommonOptions.Date(context, since), cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(JournalContract.Of(location, entries));
            JournalView.RenderList(context, location, entries);
            return ExitCodes.Success;
        });
    }

    /// <summary>Journals an examination (examine --journal) and says so on the error stream.</summary>
    public static async Task RecordAsync(CommandContext context, App.Examine.Examination examination, string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entry = CommandContext.Require(await context.App.Journal.RecordAsync(examination, location, cancellationToken).ConfigureAwait(false));
        context.Milestone($"journal: entry {entry.Id} in {location}: {string.Join("; ", entry.Body!.Diff.Summary)}");
    }
}
