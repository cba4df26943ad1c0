using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.App.Questions;
using Fulcrum.App.Signposts;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Events.Store;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Examine;

/// <summary>
/// Examines a case: chooses the scenario probabilities (by default the priors updated by the
/// signposts fired as of the as-of date; or the priors; or the analyst's), answers the case's
/// questions (their bargaining models per option), appraises every option under uncertainty,
/// recommends one and says what could change it. The result is identified so
/// that it can be journalled and compared.
/// </summary>
public sealed class ExamineService(CaseService cases, IEventStoreFactory stores, SignpostService signposts, QuestionService questions, TimeProvider time)
{
    /// <param name="request">The examination.</param>
    /// <param name="progress">Milestones for long work (optional).</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public async Task<Checked<Examination>> ExamineAsync(ExamineRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Check() is { Count: > 0 } invalid) return Checked<Examination>.Failure(invalid);
        var fromSignposts = request.Probabilities == ProbabilityChoice.Signposts;
        var outcomes = request.Outcomes ?? await Journal.OutcomeRule.ReadAsync(stores, request.Scope.Store, cancellationToken).ConfigureAwait(false);
        var opened = await CaseRun.OpenAsync(cases, stores, request.Scope, c => request.RecordStore || (fromSignposts && SignpostService.NeedsStore(c)), cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } run) return Checked<Examination>.Failure(opened.Problems);
        using (run)
        {
            var c = run.Case;
            ScenarioProbabilities probabilities;
            SignpostReport? report = null;
            DataRead read;
            if (fromSignposts && c.Signposts.Count > 0)
            {
                var judged = await signposts.EvaluateAsync(run, cancellationToken).ConfigureAwait(false);
                if (judged.Value is not { } outcome) return Checked<Examination>.Failure(judged.Problems);
                report = outcome.Report;
                read = outcome.Identity.Data;
                var posterior = report.Update.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Posterior)).ToList();
                var p = ScenarioProbabilities.From(c, posterior, $"signposts as of {report.AsOf:yyyy-MM-dd}", report.Update.MovedBy);
                if (p.Value is null) return Checked<Examination>.Failure(p.Problems);
                probabilities = p.Value;
            }
            else
            {
                var p = request.Probabilities == ProbabilityChoice.Given
                    ? ScenarioProbabilityText.Parse(c, request.Given!, request.GivenBy)
                    : Checked<ScenarioProbabilities>.Success(ScenarioProbabilities.Priors(c));
                if (p.Value is null) return Checked<Examination>.Failure(p.Problems);
                probabilities = p.Value;
                read = await run.DataReadAsync(null, cancellationToken).ConfigureAwait(false);
            }
            if (Journal.OutcomeRule.Apply(c, outcomes, run.AsOf) is { } resolved) probabilities = resolved;
            cancellationToken.ThrowIfCancellationRequested();
            var answered = questions.Answer(run.Loaded, request.Cores, progress);
            if (answered.Value is not { } q) return Checked<Examination>.Failure(answered.Problems);
            var options = new AppraisalOptions { Draws = request.Draws, Seed = request.Seed, MaxDegreeOfParallelism = request.Cores, Sensitivity = request.Sensitivity };
            progress?.Report($"examine: {c.Id}, {options.Draws:N0} draws, seed {options.Seed} ...");
            cancellationToken.ThrowIfCancellationRequested();
            var appraisal = Appraiser.Appraise(q.Case, probabilities, options);
            if (appraisal.Value is not { } a) return Checked<Examination>.Failure(appraisal.Problems);
            var identity = new ExaminationIdentity(FulcrumVersion.Text, c.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf,
                options.Seed, options.Draws, read, time.GetUtcNow());
            return Checked<Examination>.Success(new Examination(identity, run.Loaded, a, report) { Questions = q.Answers });
        }
    }
}
