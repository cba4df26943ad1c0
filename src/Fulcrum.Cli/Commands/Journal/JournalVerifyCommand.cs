using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary><c>fulcrum journal verify [--db PATH]</c>: check the hash chain; exit code 2 when an entry was changed or removed.</summary>
public static class JournalVerifyCommand
{
    public static Command Create(CliServices services)
    {
        var db = JournalOptions.Store();
        var command = new Command("verify",
            "Check the journal's hash chain: every entry (examinations and outcomes) as it was written, none removed or reordered. " +
            "Exit code 2 names the first entry that does not check.") { db };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var location = CommonOptions.StoreLocation(context, db);
            var v = CommandContext.Require(await context.App.Journal.VerifyAsync(location, cancellationToken).ConfigureAwait(false));
            if (context.Json) context.WriteJson(new JournalVerifyContract(location, v.Records, v.Intact, v.FirstBad, v.Reason, v.Head));
            else if (v.Intact) context.Console.Line($"journal intact: {v.Records} entries in {location}" + (v.Head is { } h ? $", head {h[..12]}" : ""));
            else context.Console.Line($"journal BROKEN at entry {v.FirstBad}: {v.Reason}");
            return v.Intact ? ExitCodes.Success : ExitCodes.BadInput;
        });
    }
}
