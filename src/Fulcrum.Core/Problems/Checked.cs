namespace Fulcrum.Core.Problems;

/// <summary>
/// The result of reading an input at the edge: the value, or every problem that kept it from
/// being read. Bad input is a value, not an exception; the CLI turns problems into exit code 2.
/// </summary>
public sealed record Checked<T>(T? Value, IReadOnlyList<Problem> Problems) where T : class
{
    public bool Ok => Value is not null;

    public static Checked<T> Success(T value) => new(value, []);

    public static Checked<T> Failure(IReadOnlyList<Problem> problems) => new(null, problems);

    /// <summary>The value, or an <see cref="InputException"/> carrying the problems.</summary>
    public T ValueOrThrow() => Value ?? throw new InputException(Problems);
}
