using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Bargain;

/// <summary>A bargaining run: the input file, the model, and the studies around it.</summary>
/// <param name="File">KTAB CSV or XML scenario, or a BDM CSV.</param>
public sealed record BargainRequest(string File)
{
    /// <summary>smp or bdm; null: the file's natural model.</summary>
    public string? Model { get; init; }
    /// <summary>BDM reading (paper, scholz-code, …); null: paper.</summary>
    public string? Compat { get; init; }
    /// <summary>The run's seed; null: the XML file's, else KTAB's default.</summary>
    public ulong? Seed { get; init; }
    public int? MaxTurns { get; init; }
    /// <summary>Perturbed copies to run (with <see cref="Perturb"/>); 0: none.</summary>
    public int Runs { get; init; }
    /// <summary>position=SD,salience=SD,capability=SD.</summary>
    public string? Perturb { get; init; }
    /// <summary>Actors to drop one at a time; <c>all</c> drops each in turn.</summary>
    public IReadOnlyList<string> DropActors { get; init; } = [];
}

/// <summary>Everything one bargaining run produced, for the table and JSON views.</summary>
public sealed record BargainReport(
    BargainInput Input, IBargainingModel Model, BargainRunSettings Settings,
    Trajectory Trajectory, BdmRun? Bdm, PerturbationResult? Study, DropActorReport? Drops, TimeSpan Elapsed);

/// <summary>
/// Forecasts where a contested question settles: KTAB's spatial model (smp) or Bueno de Mesquita's
/// expected-utility model (bdm) on an actor table, optionally on seeded perturbations of it or
/// without chosen actors.
/// </summary>
public sealed class BargainService(TimeProvider time)
{
    public Checked<BargainReport> Run(BargainRequest request, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = BargainInput.Load(request.File);
        if (loaded.Value is not { } input) return Checked<BargainReport>.Failure(loaded.Problems);
        var modelName = request.Model ?? input.NaturalModel;
        if (request.Compat is not null && modelName != "bdm")
            return Fail(Problem.About(Subjects.Compat, "{compat} applies to the BDM model only", "add {model} bdm, or drop {compat}"));
        if (request.MaxTurns is < 1)
            return Fail(Problem.About(Subjects.MaxTurns, $"{{max_turns}} {request.MaxTurns} must be at least 1", "give a positive number of turns"));
        if (request.Runs != 0 || request.Perturb is not null)
        {
            if (request.Runs < 1 || request.Perturb is null)
                return Fail(Problem.About(request.Runs < 1 ? Subjects.Runs : Subjects.Perturb, "{runs} and {perturb} go together, with {runs} at least 1",
                    "e.g. {runs} 200 {perturb} position=5,salience=5,capability=0.2"));
        }
        var model = CreateModel(modelName, input, request.Compat);
        var settings = new BargainRunSettings(request.Seed ?? input.Seed ?? SmpParameters.KtabDefaultSeed, request.MaxTurns,
            progress is null ? null : new TurnMilestones(progress));
        if (input.Table.Actors.Count >= TurnMilestones.ActorsWorthALine)
            progress?.Report($"{modelName}: assessing {input.Table.Actors.Count:N0} actors on {input.Table.Dimensions.Count} dimension(s) ...");
        PerturbationSpec? spec = null;
        if (request.Runs > 0)
        {
            var parsed = PerturbationSpec.Parse(request.Perturb!);
            if (parsed.Value is null) return Checked<BargainReport>.Failure(parsed.Problems);
            spec = parsed.Value;
        }
        var started = time.GetTimestamp();
        try
        {
            var (trajectory, bdm) = RunModel(model, input.Table, settings);
            PerturbationResult? study = null;
            if (spec is { } s)
            {
                progress?.Report($"running {request.Runs} perturbed copies ({s}) ...");
                study = PerturbationRunner.Run(model, input.Table, settings, new PerturbationOptions { Runs = request.Runs, Spec = s });
            }
            DropActorReport? drops = null;
            if (request.DropActors.Count > 0)
            {
                var dropped = PerturbationRunner.DropActors(model, input.Table, settings, request.DropActors.Contains("all") ? null : request.DropActors);
                if (dropped.Value is null) return Checked<BargainReport>.Failure(dropped.Problems);
                drops = dropped.Value;
            }
            return Checked<BargainReport>.Success(new BargainReport(input, model, settings, trajectory, bdm, study, drops, time.GetElapsedTime(started)));
        }
        catch (InputException e)
        {
            // The models refuse a table they cannot run (BDM with several dimensions, a failed perturbation study).
            return Checked<BargainReport>.Failure(e.Problems);
        }
    }

    private static IBargainingModel CreateModel(string name, BargainInput input, string? compat)
    {
        if (name == "smp") return new SmpModel(input.Parameters ?? new SmpParameters());
        BdmCompatNames.TryParse(compat ?? BdmCompatNames.Paper, out var mode);
        return new BdmModel(BdmOptions.For(mode));
    }

    /// <summary>The run, with BDM's accepted offers when the model is BDM.</summary>
    private static (Trajectory Trajectory, BdmRun? Bdm) RunModel(IBargainingModel model, ActorTable table, BargainRunSettings settings)
    {
        if (model is BdmModel bdm)
        {
            var detailed = bdm.RunDetailed(table, settings);
            return (detailed.Trajectory, detailed);
        }
        return (model.Run(table, settings), null);
    }

    private static Checked<BargainReport> Fail(Problem problem) => Checked<BargainReport>.Failure([problem]);

    /// <summary>
    /// Each turn as a milestone line, at once on the model's thread, for runs large enough to take
    /// a while (a 1,000-actor run shows it is moving, and a redirected log keeps the lines); a run
    /// of a few dozen actors ends in a blink and says nothing per turn.
    /// </summary>
    private sealed class TurnMilestones(IProgress<string> milestones) : IProgress<BargainProgress>
    {
        public const int ActorsWorthALine = 100;

        public void Report(BargainProgress value)
        {
            if (value.ActorCount < ActorsWorthALine) return;
            var change = value.Change is { } c ? $", change {c:G3}" + (value.StopBelow is { } b ? $" (stops at {b:G3})" : "") : "";
            milestones.Report($"{value.Model}: turn {value.Turn} of at most {value.MaxTurns}{change}{(value.Stopped ? ", done" : "")}");
        }
    }
}
