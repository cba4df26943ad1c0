namespace Fulcrum.Questions;

/// <summary>
/// Keeps the runs of a question's model on one actor table, by the content hash of everything that
/// decides them (<see cref="QuestionRuns"/>): the same inputs give the same runs, so runs found
/// here need not be made again. The host decides where they live (the CLI: a folder on disk).
/// </summary>
public interface IQuestionRunCache
{
    /// <summary>The runs kept under <paramref name="key"/> (a lower-case hex SHA-256), or null.</summary>
    QuestionRuns? Find(string key);

    /// <summary>Keeps <paramref name="runs"/> under <paramref name="key"/>; failing to keep them is not an error.</summary>
    void Keep(string key, QuestionRuns runs);
}

/// <summary>
/// What the runs of one question on one actor table gave: the forecast of the table as written,
/// each perturbed run's forecast (run order; runs the model refused left out), and how many it refused.
/// </summary>
/// <param name="Unperturbed">The forecast of the table as written.</param>
/// <param name="Forecasts">Each finished perturbed run's forecast, in run order.</param>
/// <param name="Refused">Perturbed runs the model refused (e.g. a salience shaken to 0).</param>
/// <param name="FirstRefusal">Why the first refused run was refused; null when none was.</param>
public sealed record QuestionRuns(double Unperturbed, IReadOnlyList<double> Forecasts, int Refused, string? FirstRefusal);
