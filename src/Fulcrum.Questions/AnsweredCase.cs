using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions;

/// <summary>
/// A case with its questions answered: <see cref="Case"/> is the case the decision engine appraises
/// (each question's factor given per-option level probabilities, or each question's interest given
/// per-option effect distributions under every scenario), <see cref="Answers"/> what each question gave.
/// </summary>
/// <param name="Case">The answered case.</param>
/// <param name="Answers">One per question, in the case's order.</param>
/// <param name="RunsMade">Perturbed runs made now.</param>
/// <param name="RunsFound">Perturbed runs found in the cache instead.</param>
public sealed record AnsweredCase(Case Case, IReadOnlyList<QuestionAnswer> Answers, int RunsMade, int RunsFound);

/// <summary>What one question gave under each option.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Name">The question in words.</param>
/// <param name="Model">The bargaining model.</param>
/// <param name="Runs">Perturbed runs per option, as asked.</param>
/// <param name="Seed">The seed of the runs (the same perturbations under every option).</param>
/// <param name="MapsTo">The factor or interest it sets.</param>
/// <param name="Options">One per option of the case, in its order.</param>
public sealed record QuestionAnswer(
    string Id, string Name, QuestionModel Model, int Runs, ulong Seed, QuestionTarget MapsTo, IReadOnlyList<OptionAnswer> Options)
{
    /// <summary><c>smp</c> or <c>bdm</c>, as a case names the model.</summary>
    public string ModelName => Model == QuestionModel.Smp ? "smp" : "bdm";
}

/// <summary>
/// One option's answer: how the forecasts spread, and what they set — the probability of each level
/// of the factor (the share of the finished runs whose forecast falls in the level's range), or the
/// effect on the interest (the forecasts mapped; its mean and 5th and 95th percentiles).
/// </summary>
/// <param name="Option">The option's id.</param>
/// <param name="Unperturbed">The forecast of the option's table as written.</param>
/// <param name="Forecast">The forecasts of the finished runs (percentiles by linear interpolation).</param>
/// <param name="Refused">Runs the model refused.</param>
/// <param name="Levels">Level → probability (a factor question), else null.</param>
/// <param name="Effect">The effect distribution (an interest question), else null.</param>
public sealed record OptionAnswer(
    string Option, double Unperturbed, ForecastDistribution Forecast, int Refused,
    IReadOnlyDictionary<string, double>? Levels, EffectSummary? Effect);

/// <summary>An effect distribution over the runs: mean, 5th and 95th percentile, in the interest's unit.</summary>
public sealed record EffectSummary(double Mean, double P5, double P95);
