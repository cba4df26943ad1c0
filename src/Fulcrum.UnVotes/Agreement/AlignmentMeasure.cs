using Fulcrum.Detection;

namespace Fulcrum.UnVotes.Agreement;

/// <summary>One measure of an <see cref="AlignmentRow"/>, as case files and the command line name it.</summary>
public enum AlignmentMeasure
{
    Agree,
    AgreeVoeten,
    S,
    Kappa,
    Pi,
    IdealPointDistance,
}

/// <summary>Names, values and polarities of the alignment measures.</summary>
public static class AlignmentMeasures
{
    public static readonly IReadOnlyList<(string Name, AlignmentMeasure Measure)> All =
    [
        ("agree", AlignmentMeasure.Agree),
        ("agree_voeten", AlignmentMeasure.AgreeVoeten),
        ("s", AlignmentMeasure.S),
        ("kappa", AlignmentMeasure.Kappa),
        ("pi", AlignmentMeasure.Pi),
        ("idealpoint_distance", AlignmentMeasure.IdealPointDistance),
    ];

    public static string Name(this AlignmentMeasure measure) => All.First(p => p.Measure == measure).Name;

    public static bool TryParse(string name, out AlignmentMeasure measure)
    {
        foreach (var (n, m) in All)
        {
            if (!n.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            measure = m;
            return true;
        }
        measure = default;
        return false;
    }

    public static double? ValueOf(this AlignmentRow row, AlignmentMeasure measure) => measure switch
    {
        AlignmentMeasure.Agree => row.Agree,
        AlignmentMeasure.AgreeVoeten => row.AgreeVoeten,
        AlignmentMeasure.S => row.S,
        AlignmentMeasure.Kappa => row.Kappa,
        AlignmentMeasure.Pi => row.Pi,
        AlignmentMeasure.IdealPointDistance => row.IdealPointDistance,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown measure"),
    };

    /// <summary>Agreement is better higher; ideal-point distance is worse higher.</summary>
    public static Polarity Polarity(this AlignmentMeasure measure) =>
        measure == AlignmentMeasure.IdealPointDistance ? Detection.Polarity.HigherIsWorse : Detection.Polarity.HigherIsBetter;
}
