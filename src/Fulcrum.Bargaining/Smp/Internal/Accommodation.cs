namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The ideal-accommodation matrix A and the ideal update x̂_i ← Σ_j a_ij x_j + (1 − Σ_j a_ij) x̂_i
/// (KTAB <c>SMPState::newIdeals</c>). With the identity (the default) every ideal is the position.
/// </summary>
internal sealed class Accommodation
{
    private readonly double[]? _a; // null = identity
    private readonly int _n;

    private Accommodation(double[]? a, int n)
    {
        _a = a;
        _n = n;
    }

    public bool IsIdentity => _a is null;

    /// <summary>The identity with <paramref name="entries"/> written over it, actors matched by name.</summary>
    public static Accommodation Build(ActorTable table, IReadOnlyList<IdealAdjustment> entries)
    {
        var n = table.ActorCount;
        if (entries.Count == 0) return new Accommodation(null, n);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index[table.Actors[i].Name] = i;
        var a = new double[n * n];
        for (var i = 0; i < n; i++) a[(i * n) + i] = 1.0;
        foreach (var e in entries)
        {
            if (!index.TryGetValue(e.AdjustingActor, out var i) || !index.TryGetValue(e.ReferenceActor, out var j))
            {
                throw new ArgumentException($"ideal adjustment {e.AdjustingActor} -> {e.ReferenceActor} names an actor not in the table");
            }
            if (!(e.Rate >= 0 && e.Rate <= 1))
            {
                throw new ArgumentException($"ideal adjustment {e.AdjustingActor} -> {e.ReferenceActor} rate {e.Rate} is outside [0, 1]");
            }
            a[(i * n) + j] = e.Rate;
        }
        for (var i = 0; i < n; i++)
        {
            var rowSum = 0.0;
            for (var j = 0; j < n; j++) rowSum += a[(i * n) + j];
            if (rowSum > 1.0 + 1e-10)
            {
                throw new ArgumentException($"ideal adjustments of {table.Actors[i].Name} sum to {rowSum}, more than 1");
            }
        }
        return new Accommodation(a, n);
    }

    /// <summary>The new ideals given the new positions and the previous ideals (D values per actor).</summary>
    public double[] NextIdeals(double[] positions, double[] oldIdeals, int dims)
    {
        if (_a is null) return positions;
        var ideals = new double[_n * dims];
        var point = new double[dims];
        for (var i = 0; i < _n; i++)
        {
            Array.Clear(point);
            var si = 0.0;
            for (var j = 0; j < _n; j++)
            {
                var aij = _a[(i * _n) + j];
                si += aij;
                for (var d = 0; d < dims; d++) point[d] += aij * positions[(j * dims) + d];
            }
            si = 1.0 < si ? 1.0 : si;
            var lag = 1.0 - si;
            for (var d = 0; d < dims; d++) ideals[(i * dims) + d] = point[d] + (lag * oldIdeals[(i * dims) + d]);
        }
        return ideals;
    }
}
