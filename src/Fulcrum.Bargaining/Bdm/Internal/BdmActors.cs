namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// The fixed part of a run, in the engine's order: names, capability c, salience s as a fraction,
/// the vote weight w = c·s, and Δ, the width of the input's position range (fixed for the run, as
/// in every replication: utilities are distances as a fraction of the range).
/// </summary>
internal sealed class BdmActors
{
    private BdmActors(string[] names, double[] capability, double[] salience, int[] inputIndex, double range)
    {
        Names = names;
        Capability = capability;
        Salience = salience;
        InputIndex = inputIndex;
        Range = range;
        Weight = new double[names.Length];
        for (var k = 0; k < names.Length; k++) Weight[k] = capability[k] * salience[k];
    }

    public int Count => Names.Length;
    public string[] Names { get; }
    public double[] Capability { get; }
    /// <summary>Salience on [0, 1] (the table's 0–100 divided by 100).</summary>
    public double[] Salience { get; }
    public double[] Weight { get; }
    /// <summary>Engine index → row of the input table.</summary>
    public int[] InputIndex { get; }
    public double Range { get; }

    /// <summary>
    /// The actors of a checked one-dimension table. <paramref name="canonical"/> orders them by name
    /// (ordinal), so that floating-point sums, and with them every result, do not depend on the
    /// order of the input rows; otherwise the input order is kept (the reference code's order).
    /// </summary>
    public static BdmActors From(ActorTable table, bool canonical, out double[] positions)
    {
        var n = table.ActorCount;
        var order = Enumerable.Range(0, n).ToArray();
        if (canonical) Array.Sort(order, (a, b) => string.CompareOrdinal(table.Actors[a].Name, table.Actors[b].Name));
        var names = new string[n];
        var c = new double[n];
        var s = new double[n];
        positions = new double[n];
        for (var e = 0; e < n; e++)
        {
            var actor = table.Actors[order[e]];
            names[e] = actor.Name;
            c[e] = actor.Capability;
            s[e] = actor.Saliences[0] / 100.0;
            positions[e] = actor.Positions[0];
        }
        var range = positions.Max() - positions.Min();
        return new BdmActors(names, c, s, order, range);
    }
}
