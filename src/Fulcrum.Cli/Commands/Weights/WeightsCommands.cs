using System.CommandLine;
using Fulcrum.App.Cases;
using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary><c>fulcrum weights …</c>: elicit a case's interest weights by AHP or swing weighting (docs/elicitation.md).</summary>
public static class WeightsCommands
{
    public static Command Create(CliServices services)
    {
        var command = new Command("weights", "Elicit the interests' weights: AHP pairwise comparisons or swing weighting, from a file or asked one at a time; write them into a copy of the case");
        command.Subcommands.Add(WeightsAhpCommand.Create(services));
        command.Subcommands.Add(WeightsSwingCommand.Create(services));
        return command;
    }

    /// <summary>The --case option of the weights commands.</summary>
    internal static Option<string?> CaseOption() => new("--case")
    {
        HelpName = "FILE",
        Description = "The case whose interests are weighed (*.fulcrum.yaml or builtin:NAME); default: the built-in case israel-2022 when asking interactively or writing --out; a --file alone is then read without checking its ids",
    };

    /// <summary>The --out option of the weights commands.</summary>
    internal static Option<string?> OutOption() => new("--out")
    {
        HelpName = "FILE",
        Description = "Write a copy of the case with the elicited weights (only the weight values change; comments and layout stay); never the case file itself",
    };

    /// <summary>The request the options give.</summary>
    internal static WeightsRequest Request(CommandContext context, Option<string?> caseOption, Option<string?> file, Option<string?> output) =>
        new(context.Value(caseOption) is { } c ? CaseRef.Parse(c) : null, context.Value(file), context.Value(output));

    /// <summary>
    /// The next answer, from stdin (a terminal, or a pipe); a blank line is returned as it is. At the end
    /// of the input before the session is done, the problem goes to the shell (exit code 2).
    /// </summary>
    internal static string ReadAnswer(CommandContext context, string prompt, string subject, string missing, string file)
    {
        context.Error.Write(prompt);
        context.Error.Flush();
        var line = context.IO.In.ReadLine();
        if (!context.IO.InIsTerminal) context.Error.WriteLine(line ?? "");
        if (line is null)
            throw new InputException(Problem.About(subject, $"the answers ended before {missing}", $"answer every question, or give {file} with --file"));
        return line;
    }
}
