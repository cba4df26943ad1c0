using FsCheck;
using FsCheck.Fluent;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>A generated one-dimension table and a permutation of its rows.</summary>
public sealed record RandomTable(ActorTable Table, int[] Permutation)
{
    public ActorTable Permuted() => Table with { Actors = [.. Permutation.Select(i => Table.Actors[i])] };

    public override string ToString() =>
        string.Join("; ", Table.Actors.Select(a => $"{a.Name} c={a.Capability} x={a.Positions[0]} s={a.Saliences[0]}")) +
        $" | permutation {string.Join(",", Permutation)}";
}

/// <summary>
/// Tables for the property tests: 2–9 actors, positions on a coarse grid (so actors share
/// positions and medians tie) or anywhere in [0, 100], capabilities 0.25–5, saliences 0–100 in
/// steps of 10 (zero included); at least one actor has some salience.
/// </summary>
public static class BdmArbitraries
{
    private static readonly Gen<double> Position = Gen.Frequency(
        (3, Gen.Choose(0, 4).Select(i => i * 25.0)),
        (1, Gen.Choose(0, 10_000).Select(i => i / 100.0)));

    private static readonly Gen<(double C, double X, double S)> Row =
        from c in Gen.Choose(1, 20)
        from x in Position
        from s in Gen.Choose(0, 10)
        select (c / 4.0, x, s * 10.0);

    public static Gen<ActorTable> Tables() =>
        from n in Gen.Choose(2, 9)
        from rows in Gen.ArrayOf(Row, n)
        where rows.Any(r => r.S > 0)
        select Table(rows);

    public static Arbitrary<RandomTable> RandomTables() =>
        (from table in Tables()
         from order in Gen.Shuffle(Enumerable.Range(0, table.ActorCount))
         select new RandomTable(table, order)).ToArbitrary();

    public static ActorTable Table(IEnumerable<(double C, double X, double S)> rows) => new()
    {
        Scenario = "generated",
        Dimensions = ["Position"],
        Actors = [.. rows.Select((r, i) => new BargainingActor($"A{i}", "", r.C, [r.X], [r.S]))],
    };
}
