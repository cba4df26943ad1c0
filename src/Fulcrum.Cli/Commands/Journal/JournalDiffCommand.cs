using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary><c>fulcrum journal diff ID1 ID2 [--db PATH]</c>: what changed from one entry to another.</summary>
public static class JournalDiffCommand
{
    public static Command Create(CliServices services)
    {
        var first = JournalOptions.Id("ID1", "The earlier entry");
        var second = JournalOptions.Id("ID2", "The later entry");
        var db = JournalOptions.Store();
        var command = new Command("diff", "What changed from entry ID1 to entry ID2: signposts fired or cleared, probabilities moved, the recommendation") { first, second, db };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var diff = CommandContext.Require(await context.App.Journal.DiffAsync(CommonOptions.StoreLocation(context, db), context.Value(first), context.Value(second), cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(JournalDiffContract.Of(diff));
            context.Console.Line($"entry {diff.First.Id} ({diff.First.Record.AsOf:yyyy-MM-dd}) → entry {diff.Second.Id} ({diff.Second.Record.AsOf:yyyy-MM-dd}):");
            foreach (var line in diff.Diff.Summary) context.Console.Line($"  {line}");
            return ExitCodes.Success;
        });
    }
}
