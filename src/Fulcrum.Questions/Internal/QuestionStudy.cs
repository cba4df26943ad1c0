using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;

namespace Fulcrum.Questions.Internal;

/// <summary>
/// One batch of runs: a question's model on one option's table, perturbed <see cref="Runs"/> times
/// from <see cref="Seed"/>, positions kept within <see cref="Bounds"/>. <see cref="Key"/> is the
/// SHA-256 of everything that decides the runs — the bargaining engine's build, the model and its
/// parameters, the table, the runs, the perturbation, the bounds and the seed — so equal keys mean
/// equal runs (options that shift no actor of the question share one batch).
/// </summary>
internal sealed record QuestionStudy(IBargainingModel Model, string ModelKey, ActorTable Table, int Runs, PerturbationSpec Spec, PositionBounds Bounds, ulong Seed)
{
    /// <summary>What the batch is for, in problems (<c>question 'x' under option 'y'</c>); not part of the key.</summary>
    public string Label { get; init; } = Table.Scenario;

    /// <summary>
    /// The engine's build: the bargaining assembly's module version id, which a deterministic build
    /// derives from its content, so a changed engine never reads runs made by another.
    /// </summary>
    private static readonly string Engine = typeof(PerturbationRunner).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The content hash of the study (lower-case hex SHA-256).</summary>
    public string Key { get; } = Hash(ModelKey, Table, Runs, Spec, Bounds, Seed);

    private static string Hash(string model, ActorTable table, int runs, PerturbationSpec spec, PositionBounds bounds, ulong seed)
    {
        // One field per line, numbers round-trip ("R"): a canonical text, compiled ahead like the rest.
        var canonical = new StringBuilder()
            .Append("format 2\nengine ").Append(Engine).Append("\nmodel ").Append(model)
            .Append("\nseed ").Append(seed.ToString(CultureInfo.InvariantCulture)).Append("\nruns ").Append(runs.ToString(CultureInfo.InvariantCulture))
            .Append("\nperturb ").Append(Numbers([spec.PositionSd, spec.SalienceSd, spec.CapabilitySd]))
            .Append("\nbounds ").Append(Numbers([bounds.Min, bounds.Max]));
        foreach (var a in table.Actors)
        {
            canonical.Append("\nactor ").Append(a.Name.Length.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(a.Name) // length first: no name can fake a field
                .Append(" capability ").Append(Numbers([a.Capability]))
                .Append(" positions ").Append(Numbers(a.Positions)).Append(" saliences ").Append(Numbers(a.Saliences));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static string Numbers(IEnumerable<double> values) => string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Makes the runs; a table the model refuses (as written, or in every perturbed copy) is a problem
    /// about <paramref name="caseName"/>, saying <paramref name="what"/> was being run.
    /// </summary>
    public Checked<QuestionRuns> Run(string what, string caseName, int maxDegreeOfParallelism)
    {
        try
        {
            var result = PerturbationRunner.Run(Model, Table, new BargainRunSettings(Seed),
                new PerturbationOptions { Runs = Runs, Spec = Spec, PositionBounds = Bounds, MaxDegreeOfParallelism = maxDegreeOfParallelism });
            return Checked<QuestionRuns>.Success(new QuestionRuns(result.Baseline.Forecast[0], [.. result.Runs.Select(r => r.Forecast[0])],
                result.Failures.Count, result.Failures.Count > 0 ? result.Failures[0].Message : null));
        }
        catch (InputException e)
        {
            return Checked<QuestionRuns>.Failure([.. e.Problems.Select(p => new Problem(caseName, 0, 0, $"{what}: {p.Message}",
                "check the question's actor table and the option's shifts; smaller SDs in the question's 'perturb' shake the table less"))]);
        }
    }
}
