using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Scenario.Checks;

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
            var loaded = CaseSource.LoadOrThrow(context, context.Value(file));
            var c = loaded.Case;
            if (context.Json)
            {
                context.Out.WriteLine(ContractJson.SerializeModel(c));
                return ExitCodes.Success;
            }
            CaseView.Render(context.Console, c);
            ProblemOutput.Warn(context, CaseWarnings.Of(c, loaded.Ref.Origin));
            return ExitCodes.Success;
        });
    }
}
