using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The utility of each actor (row) for each option (column) that a PCE votes over. Rows are padded
/// to whole vectors (<see cref="Stride"/> ≥ the option count) so that the kernels read full vectors
/// across options; the padding is zero and never reaches a result.
/// </summary>
internal sealed class OptionUtilities
{
    public OptionUtilities(int actors, int options)
    {
        Actors = actors;
        Options = options;
        Stride = Padded(options);
        Values = new double[actors * Stride];
    }

    public int Actors { get; }

    public int Options { get; }

    /// <summary>Distance in <see cref="Values"/> from one actor's row to the next.</summary>
    public int Stride { get; }

    /// <summary>Row-major, <see cref="Stride"/> per actor.</summary>
    public double[] Values { get; }

    public double this[int actor, int option]
    {
        get => Values[(actor * Stride) + option];
        set => Values[(actor * Stride) + option] = value;
    }

    /// <summary><paramref name="n"/> rounded up to a whole number of <see cref="Vector{T}"/> lanes.</summary>
    public static int Padded(int n)
    {
        var lanes = Vector<double>.Count;
        return (n + lanes - 1) / lanes * lanes;
    }
}
