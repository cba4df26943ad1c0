using Fulcrum.App.Cases;
using Fulcrum.App.Weights.Internal;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Swings;
using Fulcrum.Elicitation.Weights;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.App.Weights;

/// <summary>
/// Elicits a case's interest weights (docs/elicitation.md): by Saaty's AHP from pairwise judgements,
/// or by swing weighting from ranked and rated swings, read from a file or asked one at a time in a
/// session the host drives; and writes them into a copy of the case (never over the case itself).
/// </summary>
public sealed class WeightsService(CaseService cases)
{
    /// <summary>The AHP weights of the judgement file <see cref="WeightsRequest.File"/>, checked against the case when one is given or a copy is asked for.</summary>
    public Checked<AhpElicitation> AhpFromFile(WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Preconditions.Require(request.File is not null, "a judgement file is named");
        var loaded = LoadIfAny(request.CaseFor(interactive: false));
        if (!loaded.Ok) return Checked<AhpElicitation>.Failure(loaded.Problems);
        var matrix = AhpCsvReader.Read(request.File!, Interests(loaded.Case));
        if (matrix.Value is not { } m) return Checked<AhpElicitation>.Failure(matrix.Problems);
        return Finish(m, loaded.Case, request);
    }

    /// <summary>Starts an interactive AHP session over the case's interests (the default case when none is given).</summary>
    public Checked<AhpSession> StartAhp(WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = cases.Load(request.CaseFor(interactive: true)!);
        return loaded.Value is { } l ? Checked<AhpSession>.Success(new AhpSession(l)) : Checked<AhpSession>.Failure(loaded.Problems);
    }

    /// <summary>The weights of a finished session, and the copy when one is asked for.</summary>
    public Checked<AhpElicitation> FinishAhp(AhpSession session, WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var matrix = session.Matrix();
        return matrix.Value is { } m ? Finish(m, session.Case, request) : Checked<AhpElicitation>.Failure(matrix.Problems);
    }

    /// <summary>The swing weights of the rating file <see cref="WeightsRequest.File"/>, checked against the case when one is given or a copy is asked for.</summary>
    public Checked<SwingElicitationResult> SwingFromFile(WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Preconditions.Require(request.File is not null, "a rating file is named");
        var loaded = LoadIfAny(request.CaseFor(interactive: false));
        if (!loaded.Ok) return Checked<SwingElicitationResult>.Failure(loaded.Problems);
        var result = SwingCsvReader.Read(request.File!, Interests(loaded.Case));
        if (result.Value is not { } r) return Checked<SwingElicitationResult>.Failure(result.Problems);
        return Finish(r, loaded.Case, request);
    }

    /// <summary>Starts an interactive swing weighting over the case's interests (the default case when none is given).</summary>
    public Checked<SwingSession> StartSwing(WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = cases.Load(request.CaseFor(interactive: true)!);
        return loaded.Value is { } l ? Checked<SwingSession>.Success(new SwingSession(l)) : Checked<SwingSession>.Failure(loaded.Problems);
    }

    /// <summary>The weights of a finished swing session, and the copy when one is asked for.</summary>
    public Checked<SwingElicitationResult> FinishSwing(SwingSession session, WeightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var result = session.Result();
        return result.Value is { } r ? Finish(r, session.Case, request) : Checked<SwingElicitationResult>.Failure(result.Problems);
    }

    /// <summary>
    /// Writes <paramref name="weights"/> into a copy of the case at <paramref name="output"/>: refused
    /// when the output is the case's own file, whatever path names it.
    /// </summary>
    public static Checked<CaseCopy> WriteCopy(LoadedCase loaded, string output, ElicitedWeights weights)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(weights);
        string text;
        if (loaded.Ref.File is { } file)
        {
            if (CopyFile.Same(file, output))
                return Checked<CaseCopy>.Failure([Problem.About(Subjects.Output, $"{output} is the case file itself",
                    "write the weighted copy to a new file, and compare the two")]);
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Checked<CaseCopy>.Failure([new Problem(file, 0, 0, $"cannot read the case: {e.Message}", "check the path of the case")]);
            }
        }
        else text = BuiltInCases.Text(loaded.Ref.BuiltIn!)!;
        var applied = CaseWeightWriter.Apply(text, loaded.Ref.Origin, weights);
        if (applied.Value is not { } written) return Checked<CaseCopy>.Failure(applied.Problems);
        if (CopyFile.Write(output, written.Text) is { } failed) return Checked<CaseCopy>.Failure([failed]);
        return Checked<CaseCopy>.Success(new CaseCopy(output, loaded.Ref.Origin, weights, written));
    }

    private Checked<AhpElicitation> Finish(PairwiseMatrix matrix, LoadedCase? loaded, WeightsRequest request)
    {
        var result = AhpAnalysis.Analyze(matrix);
        var copy = Copy(loaded, request, () => ElicitedWeights.FromAhp(result, request.Range));
        return copy.Ok ? Checked<AhpElicitation>.Success(new AhpElicitation(result, loaded, request.File, copy.Value))
            : Checked<AhpElicitation>.Failure(copy.Problems);
    }

    private Checked<SwingElicitationResult> Finish(SwingResult result, LoadedCase? loaded, WeightsRequest request)
    {
        var copy = Copy(loaded, request, () => ElicitedWeights.FromSwing(result));
        return copy.Ok ? Checked<SwingElicitationResult>.Success(new SwingElicitationResult(result, loaded, request.File, copy.Value))
            : Checked<SwingElicitationResult>.Failure(copy.Problems);
    }

    private static (bool Ok, CaseCopy? Value, IReadOnlyList<Problem> Problems) Copy(LoadedCase? loaded, WeightsRequest request, Func<ElicitedWeights> weights)
    {
        if (request.Output is not { } output || loaded is null) return (true, null, []);
        var copy = WriteCopy(loaded, output, weights());
        return (copy.Value is not null, copy.Value, copy.Problems);
    }

    private (bool Ok, LoadedCase? Case, IReadOnlyList<Problem> Problems) LoadIfAny(CaseRef? reference)
    {
        if (reference is null) return (true, null, []);
        var loaded = cases.Load(reference);
        return (loaded.Value is not null, loaded.Value, loaded.Problems);
    }

    private static IReadOnlyList<string>? Interests(LoadedCase? loaded) => loaded is null ? null : [.. loaded.Case.Interests.Select(i => i.Id)];
}
