using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Input;

/// <summary>
/// A bargaining input file whose layout is recognised from its content, read once through
/// <see cref="BoundedInput"/>: KTAB's XML scenario (a <c>.xml</c> file: actors, SMP parameters and
/// seed), KTAB's CSV (first line <c>scenario,description,nActors,nDims</c>, the last two whole
/// numbers) or the BDM replications' CSV (a header naming actor, capability, position, salience).
/// </summary>
/// <param name="Layout"><see cref="KtabXml"/>, <see cref="KtabCsv"/> or <see cref="BdmCsv"/>.</param>
/// <param name="Table">The actors, on the input's scale.</param>
/// <param name="Parameters">The SMP parameters a KTAB XML file sets, else null (KTAB's defaults).</param>
/// <param name="Seed">The seed a KTAB XML file names, else null.</param>
public sealed record BargainingFile(string Layout, ActorTable Table, SmpParameters? Parameters, ulong? Seed)
{
    public const string KtabXml = "ktab-xml";
    public const string KtabCsv = "ktab-csv";
    public const string BdmCsv = "bdm-csv";

    /// <summary>The model a layout is written for: SMP for KTAB's files, BDM for the replications'.</summary>
    public string NaturalModel => Layout == BdmCsv ? "bdm" : "smp";

    /// <summary>Reads <paramref name="path"/>; every problem (a path that is not a file, a bad row) names the file.</summary>
    public static Checked<BargainingFile> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = BoundedInput.ReadText(path, InputKind.BargainingTable);
        if (text.Value is not { } t) return Checked<BargainingFile>.Failure(text.Problems);
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            var xml = KtabXmlReader.Parse(t, path);
            return xml.Value is { } s
                ? Checked<BargainingFile>.Success(new BargainingFile(KtabXml, s.Actors, s.Parameters, s.Seed))
                : Checked<BargainingFile>.Failure(xml.Problems);
        }
        var (layout, table) = IsKtabCsv(t) ? (KtabCsv, KtabCsvReader.Parse(t, path)) : (BdmCsv, BdmCsvReader.ReadText(t, path));
        return table.Value is { } a
            ? Checked<BargainingFile>.Success(new BargainingFile(layout, a, null, null))
            : Checked<BargainingFile>.Failure(table.Problems);
    }

    /// <summary>KTAB's first line has four fields or more, the third and fourth whole numbers: nActors and nDims.</summary>
    private static bool IsKtabCsv(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var first = (end < 0 ? text : text[..end]).Split(',');
        return first.Length >= 4 && int.TryParse(first[2], out _) && int.TryParse(first[3], out _);
    }
}
