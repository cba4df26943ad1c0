using Fulcrum.App.Examine;
using Fulcrum.App.Identity;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Decision.Discovery;

namespace Fulcrum.App.Discover;

/// <summary>
/// Scenario discovery: draws the examination's Monte Carlo sample (the same probabilities, seed and
/// draws as <see cref="ExamineService"/>, chosen by it, recorded outcomes included) and runs PRIM over it to find the boxes of scenario, factor
/// levels, weights and reaction quantiles in which the option fails — what an analyst should watch for.
/// </summary>
public sealed class DiscoverService(ExamineService examine, TimeProvider time)
{
    /// <param name="request">The discovery.</param>
    /// <param name="progress">Milestones for long work (optional).</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public async Task<Checked<Discovered>> DiscoverAsync(DiscoverRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Check() is { Count: > 0 } invalid) return Checked<Discovered>.Failure(invalid);
        var target = DiscoveryTargetText.Parse(request).Value!; // checked above
        var e = request.Examination;
        var prepared = await examine.PrepareAsync(e, recordStore: false, progress, cancellationToken).ConfigureAwait(false);
        if (prepared.Value is not { } inputs) return Checked<Discovered>.Failure(prepared.Problems);
        using (inputs)
        {
            var run = inputs.Run;
            var options = new AppraisalOptions { Draws = e.Draws, Seed = e.Seed, MaxDegreeOfParallelism = e.Cores };
            progress?.Report($"discover: {run.Case.Id}, {options.Draws:N0} draws, seed {options.Seed} ...");
            cancellationToken.ThrowIfCancellationRequested();
            var found = ScenarioDiscovery.Discover(inputs.Answered.Case, inputs.Probabilities, options, target, new PrimOptions());
            if (found.Value is not { } discovery) return Checked<Discovered>.Failure(found.Problems);
            var identity = new ExaminationIdentity(FulcrumVersion.Text, run.Case.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf,
                options.Seed, options.Draws, inputs.Read, time.GetUtcNow());
            return Checked<Discovered>.Success(new Discovered(identity, run.Loaded, inputs.Probabilities, discovery));
        }
    }
}
