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
        var prepared = await PrepareAsync(request, request.RecordStore, progress, cancellationToken).ConfigureAwait(false);
        if (prepared.Value is not { } inputs) return Checked<Examination>.Failure(prepared.Problems);
        using (inputs)
        {
            var (run, c) = (inputs.Run, inputs.Run.Case);
            var options = new AppraisalOptions { Draws = request.Draws, Seed = request.Seed, MaxDegreeOfParallelism = request.Cores, Sensitivity = request.Sensitivity };
            progress?.Report($"examine: {c.Id}, {options.Draws:N0} draws, seed {options.Seed} ...");
            cancellationToken.ThrowIfCancellationRequested();
            var appraised = inputs.Answered.Case;
            if (request.Weights is { } weights)
            {
                var weighted = InterestWeightText.Apply(appraised, weights);
                if (weighted.Value is null) return Checked<Examination>.Failure(weighted.Problems);
                appraised = weighted.Value;
            }
            var appraisal = Appraiser.Appraise(appraised, inputs.Probabilities, options);
            if (appraisal.Value is not { } a) return Checked<Examination>.Failure(appraisal.Problems);
            var identity = new ExaminationIdentity(FulcrumVersion.Text, c.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf,
                options.Seed, options.Draws, inputs.Read, time.GetUtcNow());
            return Checked<Examination>.Success(new Examination(identity, run.Loaded, a, inputs.Report) { Questions = inputs.Answered.Answers });
        }
    }

    /// <summary>
    /// Opens the request's case and chooses what its appraisal runs on (<see cref="ExamineInputs"/>);
    /// <paramref name="recordStore"/> opens the store even when no signpost reads it. The request is checked.
    /// </summary>
    internal async Task<Checked<ExamineInputs>> PrepareAsync(ExamineRequest request, bool recordStore, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var fromSignposts = request.Probabilities == ProbabilityChoice.Signposts;
        var outcomes = request.Outcomes ?? await Journal.OutcomeRule.ReadAsync(stores, request.Scope.Store, cancellationToken).ConfigureAwait(false);
        var opened = await CaseRun.OpenAsync(cases, stores, request.Scope, c => recordStore || (fromSignposts && SignpostService.NeedsStore(c)), cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } run) return Checked<ExamineInputs>.Failure(opened.Problems);
        var kept = false;
        try
        {
            var c = run.Case;
            ScenarioProbabilities probabilities;
            SignpostReport? report = null;
            DataRead read;
            if (fromSignposts && c.Signposts.Count > 0)
            {
                var judged = await signposts.EvaluateAsync(run, cancellationToken).ConfigureAwait(false);
                if (judged.Value is not { } outcome) return Checked<ExamineInputs>.Failure(judged.Problems);
                report = outcome.Report;
                read = outcome.Identity.Data;
                var posterior = report.Update.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Posterior)).ToList();
                var p = ScenarioProbabilities.From(c, posterior, $"signposts as of {report.AsOf:yyyy-MM-dd}", report.Update.MovedBy);
                if (p.Value is null) return Checked<ExamineInputs>.Failure(p.Problems);
                probabilities = p.Value;
            }
            else
            {
                var p = request.Probabilities == ProbabilityChoice.Given
                    ? ScenarioProbabilityText.Parse(c, request.Given!, request.GivenBy)
                    : Checked<ScenarioProbabilities>.Success(ScenarioProbabilities.Priors(c));
                if (p.Value is null) return Checked<ExamineInputs>.Failure(p.Problems);
                probabilities = p.Value;
                read = await run.DataReadAsync(null, cancellationToken).ConfigureAwait(false);
            }
            if (Journal.OutcomeRule.Apply(c, outcomes, run.AsOf) is { } resolved) probabilities = resolved;
            cancellationToken.ThrowIfCancellationRequested();
            var answered = questions.Answer(run.Loaded, request.Cores, progress);
            if (answered.Value is not { } q) return Checked<ExamineInputs>.Failure(answered.Problems);
            kept = true;
            return Checked<ExamineInputs>.Success(new ExamineInputs(run, probabilities, report, read, q));
        }
        finally
        {
            if (!kept) run.Dispose();
        }
    }
}
