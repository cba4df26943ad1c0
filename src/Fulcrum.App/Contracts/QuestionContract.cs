using System.Text.Json.Serialization;
using Fulcrum.Questions;
using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Contracts;

/// <summary>
/// One question of the case as examine answered it: the model, the runs per option and their seed,
/// what it sets, and per option the level probabilities (a factor) or the effect distribution (an
/// interest), with the spread of the forecasts behind them.
/// </summary>
/// <param name="Id">The question's id.</param>
/// <param name="Name">The question in words.</param>
/// <param name="Model"><c>smp</c> or <c>bdm</c>.</param>
/// <param name="Runs">Perturbed runs per option.</param>
/// <param name="Seed">The seed of the runs.</param>
/// <param name="Factor">The factor it sets, or null.</param>
/// <param name="Interest">The interest whose effect it sets, or null.</param>
/// <param name="PerOption">Option id → its answer, in the case's order of options.</param>
public sealed record QuestionContract(
    string Id, string Name, string Model, int Runs, ulong Seed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Factor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Interest,
    IReadOnlyDictionary<string, QuestionContract.OptionAnswerContract> PerOption)
{
    public static QuestionContract Of(QuestionAnswer a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Name, a.ModelName, a.Runs, a.Seed,
            (a.MapsTo as FactorTarget)?.Factor, (a.MapsTo as InterestTarget)?.Interest,
            a.Options.ToDictionary(o => o.Option, o => new OptionAnswerContract(
                o.Levels, o.Effect is { } e ? new EffectContract(e.Mean, e.P5, e.P95) : null,
                new ForecastContract(o.Forecast.Count, o.Forecast.Mean, o.Forecast.P5, o.Forecast.P50, o.Forecast.P95), o.Unperturbed, o.Refused), StringComparer.Ordinal));
    }

    /// <summary>One option's answer: <c>levels</c> (level → probability) or <c>effect</c>, never both; the forecasts behind it.</summary>
    /// <param name="Levels">Level → the share of the runs whose forecast falls in its range (a factor question).</param>
    /// <param name="Effect">The mapped forecasts' mean, 5th and 95th percentile, in the interest's unit (an interest question).</param>
    /// <param name="Forecast">The forecasts of the finished runs, on the question's scale.</param>
    /// <param name="Unperturbed">The forecast of the option's table as written.</param>
    /// <param name="Refused">Runs the model refused (left out of the shares).</param>
    public sealed record OptionAnswerContract(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? Levels,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EffectContract? Effect,
        ForecastContract Forecast, double Unperturbed, int Refused);

    /// <summary>An effect distribution: mean, 5th and 95th percentile.</summary>
    public sealed record EffectContract(double Mean, double P5, double P95);

    /// <summary>How the forecasts spread: how many runs finished, their mean, 5th, 50th and 95th percentile.</summary>
    public sealed record ForecastContract(int Runs, double Mean, double P5, double P50, double P95);
}
