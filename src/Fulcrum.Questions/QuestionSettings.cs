namespace Fulcrum.Questions;

/// <summary>How a case's questions are answered. Every default is stated here.</summary>
public sealed record QuestionSettings
{
    /// <summary>How problems name the case (its file, or <c>built-in:NAME</c>); null: the case's id.</summary>
    public string? CaseName { get; init; }

    /// <summary>The case file's folder: a question's actor file is relative to it. Null (a built-in case, or a case read from text): no actor file can be read.</summary>
    public string? Folder { get; init; }

    /// <summary>Where runs already made are kept and found (null: none; every run is made).</summary>
    public IQuestionRunCache? Cache { get; init; }

    /// <summary>Most runs at once; -1 (default) every core. The answers do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Milestones before runs are made (optional).</summary>
    public IProgress<string>? Progress { get; init; }
}
