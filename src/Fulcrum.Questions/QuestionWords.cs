using System.Globalization;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions;

/// <summary>What a question gave, in words: one sentence shared by examine's table and the brief.</summary>
public static class QuestionWords
{
    /// <summary>The model in words: "the spatial model (smp)" or "Bueno de Mesquita's model (bdm)".</summary>
    public static string Model(QuestionAnswer q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.Model == QuestionModel.Smp ? "the spatial model (smp)" : "Bueno de Mesquita's model (bdm)";
    }

    /// <summary>
    /// "P(us_pressure heavy) 0.62 under keep_line, 0.18 under condemn_aid, …, from 200 runs of the
    /// spatial model (smp) per option": the top level's probability under each option, or the mean effect.
    /// </summary>
    public static string Sentence(QuestionAnswer q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var runs = $"from {q.Runs} runs of {Model(q)} per option";
        if (q.MapsTo is FactorTarget f)
        {
            var top = f.Levels[^1].Level;
            return $"P({f.Factor} {top}) " + string.Join(", ", q.Options.Select(o => $"{N(o.Levels![top], "0.00")} under {o.Option}")) + $", {runs}";
        }
        var interest = ((InterestTarget)q.MapsTo).Interest;
        return $"effect on {interest}: mean " + string.Join(", ", q.Options.Select(o => $"{N(o.Effect!.Mean, "0.##")} under {o.Option}")) + $", {runs}";
    }

    private static string N(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
