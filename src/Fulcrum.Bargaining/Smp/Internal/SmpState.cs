namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// One state of the model, assessed: positions and ideals (0–1 scale), the unique positions, the
/// distances from each ideal to each position, the risk attitudes inferred from them, each actor's
/// own risk-aware utilities, and the PCE win probability of every unique position (KTAB
/// <c>SMPState</c> after <c>setUENdx</c> and <c>setAllAUtil</c>, plus <c>pDist(-1)</c>).
/// </summary>
internal sealed class SmpState
{
    /// <summary>Positions closer than this (Euclidean, 0–1 scale) are one option (KTAB <c>posTol</c>).</summary>
    public const double PositionTolerance = 1e-3;

    private int[] _group = [];

    private SmpState(SmpActors actors, double[] positions, double[] ideals)
    {
        Actors = actors;
        Positions = positions;
        Ideals = ideals;
        Stride = OptionUtilities.Padded(actors.Count);
    }

    public SmpActors Actors { get; }

    public double[] Positions { get; }

    public double[] Ideals { get; }

    /// <summary>
    /// Distance(i, j) from i's ideal to j's position with i's saliences (KTAB <c>vDiff</c>), at
    /// <c>[i * Stride + j]</c>; rows are padded with zeros to whole vectors for the challenge kernel.
    /// </summary>
    public double[] Distance { get; private set; } = [];

    /// <summary>The row length of <see cref="Distance"/>: the actor count rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary><see cref="Distance"/> transposed: Distance(i, j) at <c>[j * Stride + i]</c>, every actor's distance to j's position in a row.</summary>
    public double[] DistanceTo { get; private set; } = [];

    /// <summary>R_i, each actor's risk attitude this turn.</summary>
    public double[] Risk { get; private set; } = [];

    /// <summary>OwnUtility(i, j) = u_i(x_j) with i's own risk attitude as i estimates it (KTAB <c>aUtil[i](i, j)</c>).</summary>
    public double[] OwnUtility { get; private set; } = [];

    /// <summary>Actor indices of the unique positions, first holder first (KTAB <c>uIndices</c>).</summary>
    public int[] Unique { get; private set; } = [];

    /// <summary>Actor index → the index in <see cref="Unique"/> of the position group it joined.</summary>
    public IReadOnlyList<int> Group => _group;

    /// <summary>PCE probability of each unique position, in the order of <see cref="Unique"/>.</summary>
    public double[] UniqueProbability { get; private set; } = [];

    /// <summary>Each actor's displayed win probability: that of the unique position it holds (KTAB <c>posProb</c>).</summary>
    public double[] ActorProbability { get; private set; } = [];

    /// <summary>Builds and assesses a state; the work is O(N²·D + N³), the PCEs' coalitions in parallel.</summary>
    public static SmpState Assess(SmpActors actors, double[] positions, double[] ideals, SmpParameters p, ParallelOptions parallel)
    {
        var s = new SmpState(actors, positions, ideals);
        s.FindUnique(p.PositionGrouping);
        s.SetDistances();
        s.SetRisk(p, parallel);
        s.SetOwnUtility(p);
        s.SetProbabilities(p, parallel);
        return s;
    }

    /// <summary>Whether actors i and j hold the same position (KTAB <c>equivNdx</c>).</summary>
    public bool SamePosition(int i, int j)
    {
        var dims = Actors.Dims;
        var sum = 0.0;
        for (var d = 0; d < dims; d++)
        {
            var x = Positions[(i * dims) + d] - Positions[(j * dims) + d];
            sum += x * x;
        }
        return Math.Sqrt(sum) < PositionTolerance;
    }

    // KTAB's ueIndices: each actor joins the first group whose first holder is within tolerance.
    private void FindUnique(PositionGrouping grouping)
    {
        var unique = new List<int>();
        _group = new int[Actors.Count];
        var order = Enumerable.Range(0, Actors.Count).ToArray();
        if (grouping == PositionGrouping.PositionOrder) Array.Sort(order, ComparePositions);
        foreach (var i in order)
        {
            var g = unique.FindIndex(k => SamePosition(i, k));
            if (g < 0)
            {
                g = unique.Count;
                unique.Add(i);
            }
            _group[i] = g;
        }
        Unique = [.. unique];
    }

    private int ComparePositions(int a, int b)
    {
        var dims = Actors.Dims;
        for (var d = 0; d < dims; d++)
        {
            var c = Positions[(a * dims) + d].CompareTo(Positions[(b * dims) + d]);
            if (c != 0) return c;
        }
        return a.CompareTo(b);
    }

    private void SetDistances()
    {
        int n = Actors.Count, dims = Actors.Dims;
        Distance = new double[n * Stride];
        DistanceTo = new double[n * Stride];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = SmpMath.Distance(Ideals, i * dims, Positions, j * dims, Actors.Salience, i * dims, dims);
                Distance[(i * Stride) + j] = d;
                DistanceTo[(j * Stride) + i] = d;
            }
        }
    }

    // Risk attitudes come from a risk-neutral PCE over every actor's position (duplicates included),
    // with the model's voting rule, victory and PCE models, and capabilities as weights.
    private void SetRisk(SmpParameters p, ParallelOptions parallel)
    {
        var n = Actors.Count;
        var neutral = new OptionUtilities(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) neutral[i, j] = SmpMath.Utility(Distance[(i * Stride) + j], 0.0);
        }
        var prob = Pce.Scalar(p.VotingRule, p.VictoryProbModel, p.PceModel, Actors.Capability, neutral, parallel);
        Risk = SmpMath.RiskFromProbabilities(prob, p.BigRRange);
    }

    private void SetOwnUtility(SmpParameters p)
    {
        var n = Actors.Count;
        OwnUtility = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var r = SmpMath.EstimateRisk(Risk[i], Risk[i], p.BigRAdjust);
            for (var j = 0; j < n; j++) OwnUtility[(i * n) + j] = SmpMath.Utility(Distance[(i * Stride) + j], r);
        }
    }

    // The displayed probabilities: a PCE over the unique positions, valued by each actor's own
    // risk-aware utility, with the model's voting rule (as in KTAB's 2017 reference run of
    // smpExample; a later KTAB pDist hard-codes proportional voting, identical for the default).
    private void SetProbabilities(SmpParameters p, ParallelOptions parallel)
    {
        int n = Actors.Count, m = Unique.Length;
        var u = new OptionUtilities(n, m);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++) u[i, j] = OwnUtility[(i * n) + Unique[j]];
        }
        UniqueProbability = Pce.Scalar(p.VotingRule, p.VictoryProbModel, p.PceModel, Actors.Capability, u, parallel);
        ActorProbability = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (p.PositionGrouping == PositionGrouping.PositionOrder)
            {
                ActorProbability[i] = UniqueProbability[_group[i]];
                continue;
            }
            // KTAB's posProb: the last group whose first holder is within tolerance of the actor.
            for (var j = 0; j < m; j++)
            {
                if (SamePosition(i, Unique[j])) ActorProbability[i] = UniqueProbability[j];
            }
        }
    }
}
