namespace Fulcrum.Decision.Discovery.Internal;

/// <summary>
/// One PRIM box: peeling, then pasting, on the points given. Every real dimension keeps the box's
/// points sorted by it (compacted after each step), so a peel's quantile and what it removes are read
/// off the ends in O(points removed), and a step costs O(points × dimensions) at most.
/// </summary>
internal sealed partial class PrimSearch
{
    private readonly PrimData _data;
    private readonly int[] _points;
    private readonly PrimOptions _options;
    private readonly int _totalCases;
    private readonly bool[] _inBox;
    private readonly int[][] _sorted;      // per real dimension: the box's points, ascending; empty for categorical ones
    private readonly double[] _low, _high, _initLow, _initHigh;
    private readonly bool[][] _kept;        // per categorical dimension: the categories in the box
    private readonly List<PrimStep> _trajectory = [];
    private int _n, _cases;

    public PrimSearch(PrimData data, int[] points, PrimOptions options, int totalCases)
    {
        _data = data;
        _points = points;
        _options = options;
        _totalCases = totalCases;
        _inBox = new bool[data.N];
        foreach (var i in points) _inBox[i] = true;
        var dims = data.Dimensions.Count;
        _sorted = new int[dims][];
        _low = new double[dims];
        _high = new double[dims];
        _initLow = new double[dims];
        _initHigh = new double[dims];
        _kept = new bool[dims][];
        for (var j = 0; j < dims; j++)
        {
            var column = data.Columns[j];
            if (data.Dimensions[j].IsCategorical)
            {
                _sorted[j] = [];
                _kept[j] = new bool[data.Dimensions[j].Categories!.Count];
                foreach (var i in points) _kept[j][(int)column[i]] = true;
                continue;
            }
            _kept[j] = [];
            // The whole data's range, as the Workbench's initial box.
            (_initLow[j], _initHigh[j]) = (column.Min(), column.Max());
            (_low[j], _high[j]) = (_initLow[j], _initHigh[j]);
            var sorted = (int[])points.Clone();
            var keys = sorted.Select(i => column[i]).ToArray();
            Array.Sort(keys, sorted);
            _sorted[j] = sorted;
        }
        _n = points.Length;
        _cases = points.Count(i => data.Outcome[i]);
    }

    public bool[] InsideMask() => (bool[])_inBox.Clone();

    public PrimBox Run()
    {
        Record();
        while (Peel()) Record();
        while (Paste()) Record();
        var last = _trajectory[^1];
        return new PrimBox(last.Limits, last.Coverage, last.Density, last.Mass, [.. _trajectory]);
    }

    private void Record() => _trajectory.Add(new PrimStep(_trajectory.Count,
        _totalCases > 0 ? (double)_cases / _totalCases : 0, _n > 0 ? (double)_cases / _n : 0, (double)_n / _data.N, _n, Limits()));

    /// <summary>The Workbench's default objective ("lenient1"): the gain in density per point removed or added.</summary>
    private static double Objective(int nOld, int casesOld, int nNew, int casesNew)
    {
        var meanOld = (double)casesOld / nOld;
        var meanNew = nNew > 0 ? (double)casesNew / nNew : 0;
        if (meanOld == meanNew || nOld == nNew) return 0;
        return (meanNew - meanOld) / Math.Abs(nOld - nNew);
    }

    /// <summary>Dimensions the box leaves unrestricted if dimension <paramref name="changed"/> takes the given restriction.</summary>
    private int Unrestricted(int changed, bool restricted)
    {
        var count = 0;
        for (var j = 0; j < _data.Dimensions.Count; j++)
            if (!(j == changed ? restricted : IsRestricted(j))) count++;
        return count;
    }

    private bool IsRestricted(int j) => _data.Dimensions[j].IsCategorical
        ? _kept[j].Any(k => !k)
        : _low[j] > _initLow[j] || _high[j] < _initHigh[j];

    private List<BoxLimit> Limits()
    {
        var list = new List<BoxLimit>();
        for (var j = 0; j < _data.Dimensions.Count; j++)
        {
            if (!IsRestricted(j)) continue;
            var d = _data.Dimensions[j];
            if (d.IsCategorical)
            {
                var kept = d.Categories!.Where((_, k) => _kept[j][k]).ToList();
                list.Add(new BoxLimit(d.Name, null, null, kept, LimitText.Categories(d.Name, kept)));
                continue;
            }
            double? low = _low[j] > _initLow[j] ? _low[j] : null;
            double? high = _high[j] < _initHigh[j] ? _high[j] : null;
            list.Add(new BoxLimit(d.Name, low, high, null, LimitText.Interval(d.Name, low, high, d.Unit)));
        }
        return list;
    }
}
