namespace Fulcrum.Core.Problems;

/// <summary>
/// Bad input that stops a command: the CLI shows the problems and exits with the bad-input code,
/// never a stack trace. Thrown only at the edge (loading a file); the models take checked values.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Problem> problems)
        : base(problems.Count == 0 ? "bad input" : problems[0].ToString()) => Problems = problems;

    public InputException(Problem problem) : this([problem]) { }

    public InputException() : this([]) { }

    public InputException(string message) : this(new Problem("", 0, 0, message, "")) { }

    public InputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new Problem("", 0, 0, message, "")];

    public IReadOnlyList<Problem> Problems { get; }
}
