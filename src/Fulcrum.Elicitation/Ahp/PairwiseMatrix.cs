using Fulcrum.Core.Problems;

namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// A complete reciprocal matrix of pairwise judgements over distinct ids: entry (i, j) says how
/// many times more <c>Ids[i]</c> matters than <c>Ids[j]</c>; the diagonal is 1 and (j, i) is
/// 1 / (i, j). Immutable; built from the upper triangle, so it is reciprocal by construction.
/// Values outside [1/9, 9] are a programmer error here: readers check input first.
/// </summary>
public sealed class PairwiseMatrix
{
    private readonly double[] _cells;

    private PairwiseMatrix(IReadOnlyList<string> ids, double[] cells)
    {
        Ids = ids;
        _cells = cells;
    }

    /// <summary>The compared items (interest ids), in the order of rows and columns.</summary>
    public IReadOnlyList<string> Ids { get; }

    public int Count => Ids.Count;

    /// <summary>How many times more <c>Ids[row]</c> matters than <c>Ids[column]</c>.</summary>
    public double this[int row, int column] => _cells[row * Count + column];

    /// <summary>How many times more <paramref name="row"/> matters than <paramref name="column"/>.</summary>
    public double this[string row, string column] => this[IndexOf(row), IndexOf(column)];

    /// <summary>The cells, row by row (n × n).</summary>
    internal ReadOnlySpan<double> Cells => _cells;

    /// <summary>
    /// The matrix whose upper triangle is <paramref name="upper"/>, read row by row:
    /// (0,1), (0,2) … (0,n−1), (1,2) … — n(n−1)/2 judgements, each in [1/9, 9].
    /// </summary>
    public static PairwiseMatrix FromUpperTriangle(IReadOnlyList<string> ids, IReadOnlyList<double> upper)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(upper);
        var n = ids.Count;
        Preconditions.Require(upper.Count == n * (n - 1) / 2, $"the upper triangle of {n} items has {n * (n - 1) / 2} judgements");
        var k = 0;
        return Build(ids, (i, j) => upper[k++]);
    }

    /// <summary>The matrix whose judgement (i, j) for every i &lt; j is <paramref name="judgement"/>(i, j).</summary>
    public static PairwiseMatrix Build(IReadOnlyList<string> ids, Func<int, int, double> judgement)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(judgement);
        Preconditions.AtLeast(ids.Count, 1);
        Preconditions.Require(ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, "ids are distinct");
        var n = ids.Count;
        var cells = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            cells[i * n + i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var v = judgement(i, j);
                if (!SaatyScale.Contains(v)) Preconditions.Require(false, $"judgement ({ids[i]}, {ids[j]}) = {v} lies in [1/9, 9]");
                v = Math.Clamp(v, SaatyScale.Min, SaatyScale.Max);
                cells[i * n + j] = v;
                cells[j * n + i] = 1 / v;
            }
        }
        return new PairwiseMatrix([.. ids], cells);
    }

    /// <summary>The same matrix with judgement (<paramref name="row"/>, <paramref name="column"/>) replaced (and its reciprocal).</summary>
    public PairwiseMatrix With(int row, int column, double value)
    {
        Preconditions.InRange(row, 0, Count - 1);
        Preconditions.InRange(column, 0, Count - 1);
        Preconditions.Require(row != column, "a judgement compares two different items");
        Preconditions.Require(SaatyScale.Contains(value), "a judgement lies in [1/9, 9]");
        var cells = (double[])_cells.Clone();
        cells[row * Count + column] = value;
        cells[column * Count + row] = 1 / value;
        return new PairwiseMatrix(Ids, cells);
    }

    /// <summary>The same judgements with rows and columns in the order of <paramref name="ids"/> (the same set).</summary>
    public PairwiseMatrix Reorder(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Preconditions.Require(ids.Count == Count && ids.All(Ids.Contains), "the new order holds the same ids");
        var index = ids.Select(IndexOf).ToArray();
        return Build(ids, (i, j) => this[index[i], index[j]]);
    }

    /// <summary>The judgements above the diagonal, row by row.</summary>
    public IEnumerable<Judgement> UpperTriangle()
    {
        for (var i = 0; i < Count; i++)
            for (var j = i + 1; j < Count; j++)
                yield return new Judgement(Ids[i], Ids[j], this[i, j]);
    }

    public int IndexOf(string id)
    {
        for (var i = 0; i < Ids.Count; i++)
            if (string.Equals(Ids[i], id, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"precondition failed: '{id}' is not an id of the matrix", nameof(id));
    }
}

/// <summary>One judgement: <paramref name="First"/> matters <paramref name="Value"/> times as much as <paramref name="Second"/>.</summary>
public readonly record struct Judgement(string First, string Second, double Value);
