using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Cli.Commands.Case;

/// <summary><c>fulcrum case export [--name NAME]</c>: write a built-in case's YAML, to start a new case from it.</summary>
public static class CaseExportCommand
{
    public static Command Create(CliServices services)
    {
        var name = new Option<string>("--name")
        {
            Description = $"The built-in case to export ({string.Join(", ", BuiltInCases.Names)})",
            DefaultValueFactory = _ => BuiltInCases.Default,
        };
        var command = new Command("export", "Write a built-in case as YAML (with its comments) to standard output: fulcrum case export > my.fulcrum.yaml") { name };
        return services.WithAction(command, context =>
        {
            var caseName = context.Value(name) ?? BuiltInCases.Default;
            var text = BuiltInCases.Text(caseName) ?? throw new InputException(new Problem("--name", 0, 0,
                $"no built-in case named '{caseName}'", $"built-in cases: {string.Join(", ", BuiltInCases.Names)}"));
            if (context.Json)
            {
                context.Out.WriteLine(ContractJson.SerializeModel(CaseSource.LoadOrThrow(context, BuiltInName.For(caseName)).Case));
                return ExitCodes.Success;
            }
            context.Out.Write(text);
            return ExitCodes.Success;
        });
    }
}
