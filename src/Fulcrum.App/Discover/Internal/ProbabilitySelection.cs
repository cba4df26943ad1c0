using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Identity;
using Fulcrum.App.Signposts;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.App.Discover.Internal;

/// <summary>
/// The scenario probabilities an examination request asks for, exactly as <see cref="ExamineService"/>
/// chooses them (the signposts' posterior as of the as-of date, the priors, or the analyst's), with
/// the data read on the way, so that discovery searches the draws examine appraised.
/// </summary>
internal static class ProbabilitySelection
{
    public static async Task<Checked<ChosenProbabilities>> ChooseAsync(
        CaseRun run, ExamineRequest request, SignpostService signposts, CancellationToken cancellationToken)
    {
        var c = run.Case;
        if (request.Probabilities == ProbabilityChoice.Signposts && c.Signposts.Count > 0)
        {
            var judged = await signposts.EvaluateAsync(run, cancellationToken).ConfigureAwait(false);
            if (judged.Value is not { } outcome) return Checked<ChosenProbabilities>.Failure(judged.Problems);
            var report = outcome.Report;
            var posterior = report.Update.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Posterior)).ToList();
            var p = ScenarioProbabilities.From(c, posterior, $"signposts as of {report.AsOf:yyyy-MM-dd}", report.Update.MovedBy);
            return p.Value is { } fromSignposts
                ? Checked<ChosenProbabilities>.Success(new(fromSignposts, outcome.Identity.Data))
                : Checked<ChosenProbabilities>.Failure(p.Problems);
        }
        var chosen = request.Probabilities == ProbabilityChoice.Given
            ? ScenarioProbabilityText.Parse(c, request.Given!, request.GivenBy)
            : Checked<ScenarioProbabilities>.Success(ScenarioProbabilities.Priors(c));
        if (chosen.Value is not { } probabilities) return Checked<ChosenProbabilities>.Failure(chosen.Problems);
        var read = await run.DataReadAsync(null, cancellationToken).ConfigureAwait(false);
        return Checked<ChosenProbabilities>.Success(new(probabilities, read));
    }
}

/// <summary>The probabilities chosen and the data read to choose them.</summary>
internal sealed record ChosenProbabilities(ScenarioProbabilities Probabilities, DataRead Read);
