namespace Fulcrum.Decision.Discovery.Internal;

/// <summary>Peels and pastes.</summary>
internal sealed partial class PrimSearch
{
    private readonly record struct Candidate(double Objective, int Unrestricted, int Dimension, bool Upper, double Value, int Category, int N, int Cases);

    private bool Peel()
    {
        Candidate? best = null;
        var alpha = _options.PeelAlpha;
        var values = new double[_n];
        for (var j = 0; j < _data.Dimensions.Count; j++)
        {
            if (_data.Dimensions[j].IsCategorical) continue;
            var column = _data.Columns[j];
            var sorted = _sorted[j];
            for (var k = 0; k < _n; k++) values[k] = column[sorted[k]];
            foreach (var upper in new[] { true, false })
            {
                var cut = Prim.Quantile(values.AsSpan(0, _n), upper ? 1 - alpha : alpha);
                int removed = 0, removedCases = 0;
                if (upper)
                    for (var k = _n - 1; k >= 0 && values[k] > cut; k--) { removed++; if (_data.Outcome[sorted[k]]) removedCases++; }
                else
                    for (var k = 0; k < _n && values[k] < cut; k++) { removed++; if (_data.Outcome[sorted[k]]) removedCases++; }
                var c = new Candidate(Objective(_n, _cases, _n - removed, _cases - removedCases), Unrestricted(j, true), j, upper, cut, -1, _n - removed, _cases - removedCases);
                best = Better(best, c);
            }
        }
        for (var j = 0; j < _data.Dimensions.Count; j++)
        {
            if (!_data.Dimensions[j].IsCategorical || _kept[j].Count(k => k) < 2) continue;
            var (count, cases) = CategoryCounts(j);
            for (var cat = 0; cat < _kept[j].Length; cat++)
            {
                if (!_kept[j][cat]) continue;
                var c = new Candidate(Objective(_n, _cases, _n - count[cat], _cases - cases[cat]), Unrestricted(j, true), j, false, 0, cat, _n - count[cat], _cases - cases[cat]);
                best = Better(best, c);
            }
        }
        if (best is not { } b) return false;
        var massNew = (double)b.N / _data.N;
        if (!(massNew >= _options.MassMin && b.N < _n && b.Objective > 0)) return false;
        ApplyPeel(b);
        return true;
    }

    /// <summary>Highest objective, then fewest restricted dimensions; the first candidate wins ties.</summary>
    private static Candidate Better(Candidate? current, Candidate c) =>
        current is not { } k || c.Objective > k.Objective || (c.Objective == k.Objective && c.Unrestricted > k.Unrestricted) ? c : k;

    private (int[] Count, int[] Cases) CategoryCounts(int j)
    {
        var count = new int[_kept[j].Length];
        var cases = new int[_kept[j].Length];
        var column = _data.Columns[j];
        foreach (var i in _points)
        {
            if (!_inBox[i]) continue;
            var cat = (int)column[i];
            count[cat]++;
            if (_data.Outcome[i]) cases[cat]++;
        }
        return (count, cases);
    }

    private void ApplyPeel(Candidate b)
    {
        var column = _data.Columns[b.Dimension];
        if (_data.Dimensions[b.Dimension].IsCategorical)
        {
            _kept[b.Dimension][b.Category] = false;
            foreach (var i in _points) if (_inBox[i] && (int)column[i] == b.Category) _inBox[i] = false;
        }
        else
        {
            if (b.Upper) _high[b.Dimension] = b.Value;
            else _low[b.Dimension] = b.Value;
            foreach (var i in _sorted[b.Dimension])
                if (b.Upper ? column[i] > b.Value : column[i] < b.Value) _inBox[i] = false;
        }
        (_n, _cases) = (b.N, b.Cases);
        Compact();
    }

    private void Compact()
    {
        for (var j = 0; j < _sorted.Length; j++)
            if (!_data.Dimensions[j].IsCategorical)
                _sorted[j] = [.. _sorted[j].Where(i => _inBox[i])];
    }

    /// <summary>Whether point <paramref name="i"/> lies in the box, dimension <paramref name="skip"/> aside.</summary>
    private bool InsideExcept(int i, int skip)
    {
        for (var j = 0; j < _data.Dimensions.Count; j++)
        {
            if (j == skip) continue;
            var x = _data.Columns[j][i];
            if (_data.Dimensions[j].IsCategorical ? !_kept[j][(int)x] : x < _low[j] || x > _high[j]) return false;
        }
        return true;
    }

    private bool Paste()
    {
        Candidate? best = null;
        for (var j = 0; j < _data.Dimensions.Count; j++)
        {
            if (!IsRestricted(j)) continue;
            var column = _data.Columns[j];
            // The points the box would hold on every other dimension: the candidates for pasting on this one.
            var around = _points.Where(i => InsideExcept(i, j)).ToArray();
            if (_data.Dimensions[j].IsCategorical)
            {
                for (var cat = 0; cat < _kept[j].Length; cat++)
                {
                    if (_kept[j][cat]) continue;
                    var (n, cases) = Count(around, i => _kept[j][(int)column[i]] || (int)column[i] == cat);
                    best = Better(best, new Candidate(Objective(_n, _cases, n, cases), Unrestricted(j, true), j, false, 0, cat, n, cases));
                }
                continue;
            }
            foreach (var upper in new[] { false, true })
            {
                var outside = around.Where(i => upper ? column[i] >= _high[j] : column[i] <= _low[j]).Select(i => column[i]).Order().ToArray();
                var value = outside.Length > 0 ? Prim.Quantile(outside, upper ? _options.PasteAlpha : 1 - _options.PasteAlpha) : upper ? _initHigh[j] : _initLow[j];
                var (lo, hi) = upper ? (_low[j], value) : (value, _high[j]);
                var (n, cases) = Count(around, i => column[i] >= lo && column[i] <= hi);
                var restricted = lo > _initLow[j] || hi < _initHigh[j];
                best = Better(best, new Candidate(Objective(_n, _cases, n, cases), Unrestricted(j, restricted), j, upper, value, -1, n, cases));
            }
        }
        if (best is not { } b) return false;
        var massNew = (double)b.N / _data.N;
        var meanOld = (double)_cases / _n;
        var meanNew = b.N > 0 ? (double)b.Cases / b.N : 0;
        if (!(massNew >= _options.MassMin && b.N > _n && b.Objective > 0 && meanNew > meanOld)) return false;
        if (_data.Dimensions[b.Dimension].IsCategorical) _kept[b.Dimension][b.Category] = true;
        else if (b.Upper) _high[b.Dimension] = b.Value;
        else _low[b.Dimension] = b.Value;
        foreach (var i in _points) _inBox[i] = InsideExcept(i, -1);
        (_n, _cases) = (b.N, b.Cases);
        for (var j = 0; j < _sorted.Length; j++)
            if (!_data.Dimensions[j].IsCategorical)
                _sorted[j] = [.. _points.Where(i => _inBox[i]).OrderBy(i => _data.Columns[j][i])];
        return true;
    }

    private (int N, int Cases) Count(int[] points, Func<int, bool> inside)
    {
        int n = 0, cases = 0;
        foreach (var i in points)
        {
            if (!inside(i)) continue;
            n++;
            if (_data.Outcome[i]) cases++;
        }
        return (n, cases);
    }
}
