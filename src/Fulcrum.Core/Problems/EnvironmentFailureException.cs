namespace Fulcrum.Core.Problems;

/// <summary>
/// The environment stopped a command, not its input and not a bug: a full disk, a store another
/// process holds, a server that is down. The <see cref="Problem"/> says what happened and what to
/// do; whatever was being written was rolled back. Hosts show it with their own exit code, never as
/// an internal error (the CLI: its environment exit code).
/// </summary>
public sealed class EnvironmentFailureException : Exception
{
    public EnvironmentFailureException(Problem problem, Exception? innerException = null)
        : base(problem?.ToString() ?? "the environment failed", innerException) =>
        Problem = problem ?? new Problem("", 0, 0, "the environment failed", "");

    public EnvironmentFailureException() : this(new Problem("", 0, 0, "the environment failed", "")) { }

    public EnvironmentFailureException(string message) : this(new Problem("", 0, 0, message, "")) { }

    public EnvironmentFailureException(string message, Exception innerException)
        : this(new Problem("", 0, 0, message, ""), innerException) { }

    /// <summary>What failed (the file or subject involved), and the hint: what to do about it.</summary>
    public Problem Problem { get; }
}
