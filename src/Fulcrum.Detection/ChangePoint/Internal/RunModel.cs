namespace Fulcrum.Detection.ChangePoint.Internal;

/// <summary>
/// The observation model of BOCPD, over all current run-length hypotheses at once (one array
/// per sufficient statistic, so that the per-point loop is tight and free of virtual calls).
/// Hypothesis <c>i</c> is a run whose statistics cover the points since it began.
/// </summary>
internal abstract class RunModel
{
    /// <summary>Sets hypothesis <paramref name="index"/> to a new run: the prior.</summary>
    public abstract void Begin(int index);

    /// <summary>log p(x | run i's points so far) for the first <paramref name="count"/> hypotheses.</summary>
    public abstract void LogPredictive(double x, int count, double[] output);

    /// <summary>Adds x to the statistics of the first <paramref name="count"/> hypotheses.</summary>
    public abstract void Update(double x, int count);

    /// <summary>Copies hypothesis <paramref name="from"/>'s statistics to <paramref name="to"/>.</summary>
    public abstract void Move(int from, int to);

    /// <summary>Drops hypothesis 0 and shifts the others down by one.</summary>
    public abstract void RemoveFirst(int count);

    /// <summary>Keeps the hypotheses at <paramref name="kept"/> (ascending), moved to the front in that order.</summary>
    public abstract void Compact(ReadOnlySpan<int> kept);

    /// <summary>Removes index 0 of <paramref name="array"/>, shifting the next <paramref name="count"/> − 1 down.</summary>
    protected static void RemoveFirst<T>(T[] array, int count) => Array.Copy(array, 1, array, 0, count - 1);

    /// <summary>Moves the elements at <paramref name="kept"/> to the front of <paramref name="array"/>.</summary>
    protected static void Compact<T>(T[] array, ReadOnlySpan<int> kept)
    {
        for (var i = 0; i < kept.Length; i++) array[i] = array[kept[i]];
    }
}
