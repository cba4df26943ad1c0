using System.CommandLine;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Case;

/// <summary><c>fulcrum case show [FILE]</c>: the case as readable tables (or JSON).</summary>
public static class CaseShowCommand
{
    public static Command Create(CliServices services)
    {
        var file = CaseCommands.FileArgument();
        var command = new Command("show", "Show a case as tables: interests, options, scenarios, reactions, tolerances, signposts, context") { file };
        return services.WithAction(command, context =>
        {
            var c = CaseSource.LoadOrThrow(context.Value(file));
            if (context.Json) return context.WriteJson(c);
            CaseView.Render(context.Console, c);
            return ExitCodes.Success;
        });
    }
}
