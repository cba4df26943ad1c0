using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Case;

/// <summary><c>fulcrum case show [FILE]</c>: the case as readable tables (or JSON: the case model, docs/case-format.md).</summary>
public static class CaseShowCommand
{
    public static Command Create(CliServices services)
    {
        var file = CaseCommands.FileArgument();
        var command = new Command("show", "Show a case as tables: interests, options, scenarios, reactions, tolerances, signposts, context") { file };
        return services.WithAction(command, context =>
        {
            var c = CaseSource.LoadOrThrow(context, context.Value(file)).Case;
            if (context.Json)
            {
                context.Out.WriteLine(ContractJson.SerializeModel(c));
                return ExitCodes.Success;
            }
            CaseView.Render(context.Console, c);
            return ExitCodes.Success;
        });
    }
}
