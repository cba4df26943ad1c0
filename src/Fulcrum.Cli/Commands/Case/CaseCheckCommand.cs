using System.CommandLine;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.Checks;

namespace Fulcrum.Cli.Commands.Case;

/// <summary><c>fulcrum case check [FILE]</c>: validate a case and report every problem at once.</summary>
public static class CaseCheckCommand
{
    public static Command Create(CliServices services)
    {
        var file = CaseCommands.FileArgument();
        var command = new Command("check", "Validate a case file and report every problem, with file, line and column") { file };
        return services.WithAction(command, context =>
        {
            var reference = CaseRef.Parse(context.Value(file));
            var result = context.App.Cases.Load(reference);
            if (result.Value is not { } loaded) return ProblemOutput.Report(context, result.Problems);
            var c = loaded.Case;
            var contract = CaseCheckContract.Of(c, reference.Origin);
            if (context.Json) return context.WriteJson(contract);
            var n = contract.Counts;
            context.Out.WriteLine(TerminalText.Safe(
                $"ok: {reference.Origin} ({c.Id}) - {n.Interests} interests, {n.Options} options, " +
                $"{n.Scenarios} scenarios, {n.Factors} factors, {n.Reactions} reactions, " +
                $"{n.Tolerances} tolerances, {n.Signposts} signposts, {n.Context} context facts"));
            ProblemOutput.Warn(context, CaseWarnings.Of(c, reference.Origin));
            return ExitCodes.Success;
        });
    }
}
