namespace Fulcrum.Detection.ChangePoint.Internal;

/// <summary>
/// The BOCPD message passing (Adams &amp; MacKay 2007, Algorithm 1) over run-length hypotheses,
/// each identified by the index of the point its run began at. At each point: every run either
/// continues (prior mass × (1 − H)) or a new run begins at this point (total mass × H); then
/// each hypothesis is weighted by the predictive probability of the point under its run, and the
/// whole is normalised. A new run's predictive is the prior's, so the probability that a run began
/// at this very point already reflects the point itself. Kept linear: hypotheses below 1e-12 are
/// dropped, and beyond the longest run length kept apart the two oldest are merged.
/// </summary>
internal sealed class RunLengthFilter
{
    private const double Negligible = 1e-12;

    private readonly RunModel _model;
    private readonly double _hazard;
    private readonly int _maxRuns;
    private readonly double[] _mass;
    private readonly int[] _start;
    private readonly double[] _logPredictive;
    private readonly int[] _kept;

    public RunLengthFilter(RunModel model, double hazard, int maxRuns)
    {
        _model = model;
        _hazard = hazard;
        _maxRuns = maxRuns;
        _mass = new double[maxRuns + 1];
        _start = new int[maxRuns + 1];
        _logPredictive = new double[maxRuns + 1];
        _kept = new int[maxRuns + 1];
    }

    /// <summary>The number of run-length hypotheses held, oldest first.</summary>
    public int Count { get; private set; }

    private double _total;

    public int StartOf(int i) => _start[i];

    public double MassOf(int i) => _mass[i];

    /// <summary>Takes in point <paramref name="t"/> with value <paramref name="x"/>.</summary>
    public void Step(int t, double x)
    {
        // A new run begins here with probability H; the others continue with 1 − H (below).
        _mass[Count] = Count == 0 ? 1 : _total * _hazard;
        _start[Count] = t;
        _model.Begin(Count);
        var grown = Count;
        Count++;

        // Weigh by the predictive probability of x under each run; normalise in a safe range.
        var mass = _mass.AsSpan(0, Count);
        var logPredictive = _logPredictive.AsSpan(0, Count);
        _model.LogPredictive(x, Count, _logPredictive);
        var max = double.NegativeInfinity;
        foreach (var lp in logPredictive) max = Math.Max(max, lp);
        var sum = 0.0;
        for (var i = 0; i < mass.Length; i++)
        {
            var m = mass[i] * Math.Exp(logPredictive[i] - max) * (i < grown ? 1 - _hazard : 1);
            mass[i] = m;
            sum += m;
        }
        var scale = 1 / sum;
        for (var i = 0; i < mass.Length; i++) mass[i] *= scale;
        _model.Update(x, Count);

        Prune();
        if (Count > _maxRuns) MergeOldest();
        _total = 0;
        foreach (var m in _mass.AsSpan(0, Count)) _total += m;
    }

    /// <summary>The probability that the current run began at point <paramref name="earliest"/> or later.</summary>
    public double MassStartingFrom(int earliest)
    {
        var p = 0.0;
        for (var i = Count - 1; i >= 0 && _start[i] >= earliest; i--) p += _mass[i];
        return p;
    }

    /// <summary>The most probable start at or after <paramref name="earliest"/> (the latest one among equals).</summary>
    public int MostProbableStartFrom(int earliest)
    {
        var best = -1;
        var bestMass = -1.0;
        for (var i = Count - 1; i >= 0 && _start[i] >= earliest; i--)
        {
            if (_mass[i] <= bestMass) continue;
            bestMass = _mass[i];
            best = _start[i];
        }
        return best;
    }

    private void Prune()
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
            if (_mass[i] >= Negligible || i == Count - 1) _kept[kept++] = i;
        if (kept == Count) return;
        var indices = _kept.AsSpan(0, kept);
        for (var i = 0; i < kept; i++)
        {
            _mass[i] = _mass[indices[i]];
            _start[i] = _start[indices[i]];
        }
        _model.Compact(indices);
        Count = kept;
    }

    /// <summary>Merges the two oldest runs into one state holding their summed mass and the likelier one's statistics.</summary>
    private void MergeOldest()
    {
        var mass = _mass[0] + _mass[1];
        if (_mass[0] > _mass[1]) Move(0, 1);
        _mass[1] = mass;
        Array.Copy(_mass, 1, _mass, 0, Count - 1);
        Array.Copy(_start, 1, _start, 0, Count - 1);
        _model.RemoveFirst(Count);
        Count--;
    }

    private void Move(int from, int to)
    {
        _mass[to] = _mass[from];
        _start[to] = _start[from];
        _model.Move(from, to);
    }
}
