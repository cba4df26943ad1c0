using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Bargain;

/// <summary>
/// A bargaining input file, its layout recognised from its content: KTAB's XML scenario (actors,
/// SMP parameters and seed), KTAB's CSV (first line <c>scenario,description,nActors,nDims</c>) or
/// the BDM replications' CSV (a header naming actor, capability, position, salience).
/// </summary>
/// <param name="Layout">ktab-xml, ktab-csv or bdm-csv.</param>
/// <param name="Table">The actors, on the input's scale.</param>
/// <param name="Parameters">SMP parameters from a KTAB XML file, else null (KTAB's defaults).</param>
/// <param name="Seed">The seed a KTAB XML file names, else null.</param>
public sealed record BargainInput(string Layout, ActorTable Table, SmpParameters? Parameters, ulong? Seed)
{
    /// <summary>The model a layout is written for: SMP for KTAB's files, BDM for the replications'.</summary>
    public string NaturalModel => Layout == "bdm-csv" ? "bdm" : "smp";

    public static Checked<BargainInput> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            return Fail(new Problem(path, 0, 0, "is a folder, not a file", "give a KTAB CSV or XML scenario, or a BDM CSV"));
        if (!File.Exists(path))
            return Fail(new Problem(path, 0, 0, "file not found", "give a KTAB CSV or XML scenario, or a BDM CSV"));
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            var scenario = KtabXmlReader.Read(path);
            return scenario.Value is { } s ? Ok(new BargainInput("ktab-xml", s.Actors, s.Parameters, s.Seed)) : Fail(scenario.Problems);
        }
        var table = IsKtabCsv(path) ? KtabCsvReader.Read(path) : BdmCsvReader.ReadFile(path);
        return table.Value is { } t ? Ok(new BargainInput(IsKtabCsv(path) ? "ktab-csv" : "bdm-csv", t, null, null)) : Fail(table.Problems);
    }

    /// <summary>KTAB's first line has four fields, the last two whole numbers: nActors and nDims.</summary>
    private static bool IsKtabCsv(string path)
    {
        using var reader = new StreamReader(path);
        var first = reader.ReadLine()?.TrimStart('\uFEFF').Split(',') ?? [];
        return first.Length >= 4 && int.TryParse(first[2], out _) && int.TryParse(first[3], out _);
    }

    private static Checked<BargainInput> Ok(BargainInput input) => Checked<BargainInput>.Success(input);

    private static Checked<BargainInput> Fail(Problem problem) => Checked<BargainInput>.Failure([problem]);

    private static Checked<BargainInput> Fail(IReadOnlyList<Problem> problems) => Checked<BargainInput>.Failure(problems);
}
