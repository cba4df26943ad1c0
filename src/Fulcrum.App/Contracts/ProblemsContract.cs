using Fulcrum.Core.Problems;

namespace Fulcrum.App.Contracts;

/// <summary>Why a request failed: the exit code a host returns and every problem, located.</summary>
public sealed record ProblemsContract(bool Ok, int ExitCode, IReadOnlyList<ProblemContract> Problems) : Contract
{
    /// <param name="problems">The problems.</param>
    /// <param name="exitCode">The exit code (or status) the host returns.</param>
    /// <param name="namer">How the host names subjects (a flag, a query parameter); null: the domain's words.</param>
    public static ProblemsContract Of(IReadOnlyList<Problem> problems, int exitCode, Func<string, string>? namer = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new(false, exitCode, [.. problems.Select(p => ProblemContract.Of(p, namer))]);
    }
}

/// <summary>One problem: the file, line and column (0 when not located), the parameter it is about (when not a file), what is wrong and what to do.</summary>
public sealed record ProblemContract(string File, int Line, int Column, string? Subject, string Message, string Hint)
{
    public static ProblemContract Of(Problem p, Func<string, string>? namer = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var name = namer ?? (s => s);
        return new(p.File, p.Line, p.Column, p.Subject, Subjects.Fill(p.Message, name), Subjects.Fill(p.Hint, name));
    }
}
