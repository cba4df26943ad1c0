using System.CommandLine;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Case;

/// <summary><c>fulcrum case …</c>: check, show and export case files.</summary>
public static class CaseCommands
{
    public static Command Create(CliServices services)
    {
        var command = new Command("case", "Check, show and export case files (*.fulcrum.yaml)");
        command.Subcommands.Add(CaseCheckCommand.Create(services));
        command.Subcommands.Add(CaseShowCommand.Create(services));
        command.Subcommands.Add(CaseExportCommand.Create(services));
        return command;
    }

    /// <summary>The optional FILE argument shared by the case commands.</summary>
    public static Argument<string?> FileArgument()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A case file (*.fulcrum.yaml), or builtin:NAME; default: the built-in case israel-2022",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for a file name.
        file.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } v && v.StartsWith('-'))
                result.AddError($"Unrecognized option '{v}'.");
        });
        return file;
    }
}
