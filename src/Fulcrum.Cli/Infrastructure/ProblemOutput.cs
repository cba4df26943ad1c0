using Fulcrum.App.Contracts;
using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>How problems are shown: one line each on Error, or a JSON object on Out with --json.</summary>
public static class ProblemOutput
{
    public static int Report(CommandContext context, IReadOnlyList<Problem> problems, int exitCode = ExitCodes.BadInput)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        if (context.Json)
        {
            context.WriteJson(ProblemsContract.Of(problems, exitCode, Namer(context.SubjectNames)));
            return exitCode;
        }
        var label = exitCode == ExitCodes.Environment ? "environment" : "error";
        foreach (var p in problems) context.Error.WriteLine($"{label}: {Render(p, context.SubjectNames)}");
        if (problems.Count > 1) context.Error.WriteLine($"{problems.Count} problems.");
        return exitCode;
    }

    /// <summary>Warnings, one line each on Error (with --json they travel in the result record instead).</summary>
    public static void Warn(CommandContext context, IReadOnlyList<Problem> warnings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(warnings);
        if (context.Json) return;
        foreach (var w in warnings) context.Error.WriteLine($"warning: {Render(w, context.SubjectNames)}");
    }

    /// <summary>A problem as the CLI says it: a subject named by its flag.</summary>
    public static string Render(Problem problem, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Render(Namer(overrides));
    }

    /// <summary>Names each subject by its flag, or as the running command words it.</summary>
    public static Func<string, string> Namer(IReadOnlyDictionary<string, string>? overrides) =>
        s => overrides is not null && overrides.TryGetValue(s, out var o) ? o : CliSubjects.Flag(s);
}
