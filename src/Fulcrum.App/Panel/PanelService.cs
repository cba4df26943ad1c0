using Fulcrum.App.Cases;
using Fulcrum.App.Questions;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Elicitation.Panels;

namespace Fulcrum.App.Panel;

/// <summary>
/// Studies a panel of analysts on a case (docs/elicitation.md): reads each analyst's weights and
/// scenario probabilities, aggregates them (the geometric mean of AHP judgements, else the mean of
/// the weights; the linear opinion pool for the probabilities, the logarithmic one beside it),
/// appraises the case under the aggregate and under each analyst's inputs, and names the inputs on
/// which one analyst's value alone changes the recommendation. Every run shares the draws and the
/// seed, so differences are the analysts', not sampling noise.
/// </summary>
public sealed class PanelService(CaseService cases, QuestionService questions)
{
    public Checked<PanelExamination> Study(PanelRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = cases.Load(request.Case);
        if (loaded.Value is not { } l) return Checked<PanelExamination>.Failure(loaded.Problems);
        var panel = PanelReader.Read(request.Directory, l.Case);
        if (panel.Value is not { } p) return Checked<PanelExamination>.Failure(panel.Problems);
        cancellationToken.ThrowIfCancellationRequested();
        var options = new AppraisalOptions { Draws = request.Draws, Seed = request.Seed, MaxDegreeOfParallelism = request.Cores };
        progress?.Report($"panel: {p.Analysts.Count} analyst{(p.Analysts.Count == 1 ? "" : "s")} from {request.Directory}, " +
            $"at most {1 + p.Analysts.Count * (1 + p.Interests.Count + p.Scenarios.Count)} appraisals of {options.Draws:N0} draws ...");
        var answered = questions.Answer(l, request.Cores, progress);
        if (answered.Value is not { } q) return Checked<PanelExamination>.Failure(answered.Problems);
        var study = PanelStudy.Run(q.Case, p, options);
        return study.Value is { } s
            ? Checked<PanelExamination>.Success(new PanelExamination(l, request.Directory, p, s))
            : Checked<PanelExamination>.Failure(study.Problems);
    }
}
