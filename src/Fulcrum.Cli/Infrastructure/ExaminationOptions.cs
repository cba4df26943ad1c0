using System.CommandLine;
using Fulcrum.App.Examine;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// What an examination runs on, for the commands that appraise the case's draws (examine, discover):
/// the case scope, draws, seed, cores, and where the scenario probabilities come from
/// (<c>--scenario-probabilities</c> or <c>--priors</c>, else the signposts' posterior) — declared once,
/// so both commands make the same <see cref="ExamineRequest"/> from the same words.
/// </summary>
public sealed class ExaminationOptions
{
    /// <param name="verb">The command's verb in the --as-of help (Examine, Discover).</param>
    /// <param name="same">What the same seed gives (the same numbers, the same boxes), for the help.</param>
    public ExaminationOptions(string verb, string same)
    {
        Scope = new CaseScopeOptions(
            "The event store for the case's event signposts (a DuckDB file or clickhouse://HOST:PORT/DB); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists",
            $"{verb} as of this date (YYYY-MM-DD): the signposts see no data after it; default the case's as_of; a later date needs data that reach it");
        Draws = new Option<int>("--draws")
        {
            HelpName = "N",
            Description = $"Monte Carlo draws ({AppraisalOptions.MinDraws}-{AppraisalOptions.MaxDraws})",
            DefaultValueFactory = _ => AppraisalOptions.DefaultDraws,
        };
        Seed = new Option<ulong>("--seed")
        {
            HelpName = "SEED",
            Description = $"Seed of the random streams: the same inputs and seed give {same}",
            DefaultValueFactory = _ => AppraisalOptions.DefaultSeed,
        };
        Cores = new Option<int?>("--cores") { HelpName = "N", Description = $"Cores to use (default: all); {same} for any count" };
    }

    public CaseScopeOptions Scope { get; }

    public Option<int> Draws { get; }

    public Option<ulong> Seed { get; }

    public Option<int?> Cores { get; }

    public Option<string?> Probabilities { get; } = new("--scenario-probabilities")
    {
        HelpName = "id=p,...",
        Description = "Scenario probabilities to use instead of the signposts' posterior, e.g. no_invasion=0.3,limited_incursion=0.4,full_invasion=0.3 (every scenario, summing to 1)",
    };

    public Option<bool> Priors { get; } = new("--priors")
    {
        Description = "Use the case's prior scenario probabilities, ignoring the signposts (default: the priors updated by the signposts fired as of the as-of date)",
    };

    /// <summary>The examination the options ask for; --scenario-probabilities with --priors is a usage problem.</summary>
    public ExamineRequest Request(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = context.Value(Probabilities);
        if (given is not null && context.Value(Priors))
            throw new InputException(Problem.About(Subjects.ScenarioProbabilities, "--scenario-probabilities and --priors both say where the probabilities come from", "give one of them"));
        return new ExamineRequest(Scope.Scope(context))
        {
            Probabilities = given is not null ? ProbabilityChoice.Given : context.Value(Priors) ? ProbabilityChoice.Priors : ProbabilityChoice.Signposts,
            Given = given,
            GivenBy = Probabilities.Name,
            Draws = context.Value(Draws),
            Seed = context.Value(Seed),
            Cores = context.Value(Cores),
        };
    }
}
