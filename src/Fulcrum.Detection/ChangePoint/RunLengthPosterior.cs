namespace Fulcrum.Detection.ChangePoint;

/// <summary>
/// The run-length posterior after one point: for each hypothesis still held, the index of the
/// point its run began at and its posterior probability. Run length = point index − start + 1.
/// </summary>
public sealed record RunLengthPosterior(int Point, IReadOnlyList<int> Starts, IReadOnlyList<double> Probabilities)
{
    /// <summary>The probability that the current run began exactly at point <paramref name="start"/>.</summary>
    public double StartedAt(int start)
    {
        for (var i = 0; i < Starts.Count; i++)
            if (Starts[i] == start) return Probabilities[i];
        return 0;
    }

    /// <summary>The start of the most probable run.</summary>
    public int MostProbableStart()
    {
        var best = 0;
        for (var i = 1; i < Probabilities.Count; i++)
            if (Probabilities[i] >= Probabilities[best]) best = i;
        return Starts[best];
    }
}
