using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary><c>fulcrum journal show ID [--db PATH]</c>: one entry whole.</summary>
public static class JournalShowCommand
{
    public static Command Create(CliServices services)
    {
        var id = JournalOptions.Id("ID", "The entry's id (see fulcrum journal)");
        var db = JournalOptions.Store();
        var command = new Command("show", "Show one journal entry: identity, signposts, probabilities, option table, recommendation and reason, and what changed") { id, db };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var entry = CommandContext.Require(await context.App.Journal.ShowAsync(CommonOptions.StoreLocation(context, db), context.Value(id), cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(JournalEntryContract.Of(entry));
            JournalView.RenderEntry(context, entry);
            return ExitCodes.Success;
        });
    }
}
