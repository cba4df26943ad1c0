using Fulcrum.Core.Problems;

namespace Fulcrum.Core.IO;

/// <summary>
/// Thrown by a stream from <see cref="BoundedInput.Open(string, InputKind)"/> when more than the cap of its kind has
/// been read. An <see cref="IOException"/>, so a reader that already turns read errors into a
/// <see cref="Problem"/> handles it; <see cref="Problem"/> says what happened in the user's words.
/// </summary>
public sealed class InputLimitException : IOException
{
    public InputLimitException(Problem problem) : base(problem?.Message) => Problem = problem ?? throw new ArgumentNullException(nameof(problem));

    public InputLimitException() : this(new Problem("", 0, 0, "the input is larger than allowed", "")) { }

    public InputLimitException(string message) : this(new Problem("", 0, 0, message, "")) { }

    public InputLimitException(string message, Exception innerException) : base(message, innerException) =>
        Problem = new Problem("", 0, 0, message, "");

    /// <summary>The problem to report: the file, its size and the cap.</summary>
    public Problem Problem { get; }
}
