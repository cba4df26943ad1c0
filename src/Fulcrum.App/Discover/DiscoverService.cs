using Fulcrum.App.Cases;
using Fulcrum.App.Discover.Internal;
using Fulcrum.App.Examine;
using Fulcrum.App.Identity;
using Fulcrum.App.Questions;
using Fulcrum.App.Signposts;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Decision.Discovery;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Discover;

/// <summary>
/// Scenario discovery: draws the examination's Monte Carlo sample (the same probabilities, seed and
/// draws as <see cref="ExamineService"/>) and runs PRIM over it to find the boxes of scenario, factor
/// levels, weights and reaction quantiles in which the option fails — what an analyst should watch for.
/// </summary>
public sealed class DiscoverService(CaseService cases, IEventStoreFactory stores, SignpostService signposts, QuestionService questions, TimeProvider time)
{
    /// <param name="request">The discovery.</param>
    /// <param name="progress">Milestones for long work (optional).</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public async Task<Checked<Discovered>> DiscoverAsync(DiscoverRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Check() is { Count: > 0 } invalid) return Checked<Discovered>.Failure(invalid);
        var target = DiscoveryTargetText.Parse(request).Value!; // checked above
        var examine = request.Examination;
        var fromSignposts = examine.Probabilities == ProbabilityChoice.Signposts;
        var opened = await CaseRun.OpenAsync(cases, stores, examine.Scope, c => fromSignposts && SignpostService.NeedsStore(c), cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } run) return Checked<Discovered>.Failure(opened.Problems);
        using (run)
        {
            var chosen = await ProbabilitySelection.ChooseAsync(run, examine, signposts, cancellationToken).ConfigureAwait(false);
            if (chosen.Value is not var (probabilities, read)) return Checked<Discovered>.Failure(chosen.Problems);
            var options = new AppraisalOptions { Draws = examine.Draws, Seed = examine.Seed, MaxDegreeOfParallelism = examine.Cores };
            progress?.Report($"discover: {run.Case.Id}, {options.Draws:N0} draws, seed {options.Seed} ...");
            cancellationToken.ThrowIfCancellationRequested();
            var answered = questions.Answer(run.Loaded, examine.Cores, progress);
            if (answered.Value is not { } q) return Checked<Discovered>.Failure(answered.Problems);
            var found = ScenarioDiscovery.Discover(q.Case, probabilities, options, target, new PrimOptions());
            if (found.Value is not { } discovery) return Checked<Discovered>.Failure(found.Problems);
            var identity = new ExaminationIdentity(FulcrumVersion.Text, run.Case.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf,
                options.Seed, options.Draws, read, time.GetUtcNow());
            return Checked<Discovered>.Success(new Discovered(identity, run.Loaded, probabilities, discovery));
        }
    }
}
