using System.Globalization;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>A reference run of KTAB smpc, parsed from the files in Fixtures/Ktab.</summary>
internal sealed record KtabReference(
    int TurnCount,
    IReadOnlyList<double> FractionalChanges,
    IReadOnlyDictionary<string, double[]> ProbabilitiesByActor,
    IReadOnlyDictionary<(int Turn, int Actor, int Dim), double> Positions)
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ktab", name);

    /// <summary>Parses <c>NAME.smpc-output.txt</c> and, if present, <c>NAME.positions-by-turn.csv</c>.</summary>
    public static KtabReference Load(string name, string outputSuffix = ".smpc-output.txt")
    {
        var changes = new List<double>();
        var probs = new Dictionary<string, double[]>();
        var states = -1;
        foreach (var line in File.ReadLines(Fixture(name + outputSuffix)))
        {
            if (line.StartsWith("Fractional change compared to first step:", StringComparison.Ordinal))
            {
                changes.Add(Number(line.Split(':')[1].Trim().Split(' ')[0]));
            }
            else if (line.StartsWith("There were ", StringComparison.Ordinal))
            {
                states = int.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture);
            }
            else if (line.Contains(", prob :", StringComparison.Ordinal))
            {
                var parts = line.Split(", prob :");
                probs[parts[0].Trim()] = [.. parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number)];
            }
        }
        var positions = new Dictionary<(int, int, int), double>();
        var csv = Fixture(name + ".positions-by-turn.csv");
        if (File.Exists(csv))
        {
            foreach (var line in File.ReadLines(csv).Skip(1))
            {
                var f = line.Split(',');
                positions[(Int(f[0]), Int(f[1]), Int(f[3]))] = Number(f[4]);
            }
        }
        var turns = states > 0 ? states - 1 : changes.Count;
        return new KtabReference(turns, changes, probs, positions);
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
