using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>How problems are shown: one line each on Error, or a JSON object on Out with --json.</summary>
public static class ProblemOutput
{
    public static int Report(CommandContext context, IReadOnlyList<Problem> problems, int exitCode = ExitCodes.BadInput)
    {
        if (context.Json)
        {
            context.WriteJson(new
            {
                ok = false,
                exit_code = exitCode,
                problems = problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, message = p.Message, hint = p.Hint }),
            });
            return exitCode;
        }
        foreach (var p in problems) context.IO.Error.WriteLine($"error: {p}");
        if (problems.Count > 1) context.IO.Error.WriteLine($"{problems.Count} problems.");
        return exitCode;
    }
}
