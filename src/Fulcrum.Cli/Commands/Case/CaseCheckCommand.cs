using System.CommandLine;
using Fulcrum.Cli.Infrastructure;

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
            var name = context.Value(file);
            var result = CaseSource.Load(name);
            if (result.Value is not { } c) return ProblemOutput.Report(context, result.Problems);
            var counts = new
            {
                interests = c.Interests.Count,
                options = c.Options.Count,
                scenarios = c.Scenarios.Count,
                factors = c.Factors.Count,
                reactions = c.Reactions.Count,
                tolerances = c.Tolerances.Count,
                signposts = c.Signposts.Count,
                context = c.Context.Count,
            };
            if (context.Json) return context.WriteJson(new { ok = true, @case = c.Id, file = name ?? "builtin:" + c.Id, counts, problems = Array.Empty<object>() });
            context.IO.Out.WriteLine(
                $"ok: {name ?? "builtin:" + c.Id} ({c.Id}) - {counts.interests} interests, {counts.options} options, " +
                $"{counts.scenarios} scenarios, {counts.factors} factors, {counts.reactions} reactions, " +
                $"{counts.tolerances} tolerances, {counts.signposts} signposts, {counts.context} context facts");
            return ExitCodes.Success;
        });
    }
}
