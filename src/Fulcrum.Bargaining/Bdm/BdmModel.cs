using Fulcrum.Bargaining.Bdm.Internal;
using Fulcrum.Bargaining.Internal;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Bdm;

/// <summary>
/// Bueno de Mesquita's expected-utility group decision model as specified by Scholz, Calbert &amp;
/// Smith (2011), "Unravelling Bueno de Mesquita's group decision model", J. Theoretical Politics
/// 23(4): on one issue dimension, each round sets every actor's risk exponent from the danger it is
/// in, lets actors make offers where they expect to gain from a challenge, and moves each actor to
/// the offer it accepts. The forecast is the final median voter position; the capability×salience
/// weighted mean is reported with it on every turn. Deterministic: the seed is not used.
/// </summary>
public sealed class BdmModel : IBargainingModel
{
    /// <summary>The paper's reading with its defaults.</summary>
    public BdmModel() : this(BdmOptions.Paper) { }

    public BdmModel(BdmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public BdmOptions Options { get; }

    public string Name => "bdm";

    public Trajectory Run(ActorTable actors, BargainRunSettings settings) => RunDetailed(actors, settings).Trajectory;

    /// <summary>
    /// Runs the model and returns the trajectory with each round's risk exponents and accepted
    /// offers. Throws <see cref="InputException"/> when <see cref="Check"/> finds problems.
    /// </summary>
    public BdmRun RunDetailed(ActorTable actors, BargainRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = Check(actors);
        if (problems.Count > 0) throw new InputException(problems);
        var maxRounds = settings.MaxTurns ?? Options.MaxRounds;
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRounds, 1, nameof(settings));

        var paper = Options.Compat == BdmCompat.Paper;
        var state = BdmActors.From(actors, canonical: paper, out var positions);
        IBdmEngine engine = paper ? new PaperEngine(state, Options) : new ScholzCodeEngine(state, Options);
        var run = new BdmDriver(engine, Options, maxRounds, settings.Progress).Run(positions);
        TrajectoryGuard.Finite(run.Trajectory);
        return run;
    }

    /// <summary>Everything that keeps a table from being run by this model, or an empty list.</summary>
    public static IReadOnlyList<Problem> Check(ActorTable actors) => BdmTableCheck.Problems(actors);
}
