using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;
using Fulcrum.Questions;

namespace Fulcrum.App.Questions;

/// <summary>
/// Answers a loaded case's questions (<see cref="QuestionAnswerer"/>) with the services' run cache:
/// what examine, discover and a panel appraise is the answered case.
/// </summary>
public sealed class QuestionService(QuestionRunCache cache)
{
    /// <summary>The run cache (its folder, if any, is where the runs live on disk).</summary>
    public QuestionRunCache Cache { get; } = cache;

    /// <summary>The case with its questions answered (the case itself when it has none).</summary>
    public Checked<AnsweredCase> Answer(LoadedCase loaded, int? cores = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return QuestionAnswerer.Answer(loaded.Case, new QuestionSettings
        {
            CaseName = loaded.Ref.File ?? Scenario.BuiltIn.BuiltInCases.DisplayName(loaded.Ref.BuiltIn!),
            Folder = loaded.Folder,
            Cache = Cache,
            MaxDegreeOfParallelism = cores ?? -1,
            Progress = progress,
        });
    }
}
