using System.IO.Compression;
using System.Reflection;

namespace Fulcrum.Scenario.BuiltIn;

/// <summary>
/// Series shipped with the program for the built-in cases. <c>builtin:gdelt-dyads</c> is the real
/// daily GDELT 2.0 dyad scores of the founding case's actors, 2021-10-01 to 2022-01-05 (see
/// BuiltIn/Data/SOURCE.md): <c>date,series,value</c> rows, series <c>AAA-BBB</c> in alphabetical order.
/// </summary>
public static class BuiltInSeries
{
    public const string GdeltDyads = BuiltInName.Prefix + "gdelt-dyads";

    private const string GdeltDyadsResource = "Fulcrum.Scenario.BuiltIn.daily-dyad-scores-2021-10-01_2022-01-05.csv.gz";

    /// <summary>Whether <paramref name="name"/> is a built-in series.</summary>
    public static bool Has(string name) => name == GdeltDyads;

    /// <summary>Opens a built-in series as decompressed CSV text, or returns null for an unknown name.</summary>
    public static TextReader? Open(string name) =>
        OpenCompressed(name) is { } stream ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress)) : null;

    /// <summary>Opens a built-in series as shipped (gzip-compressed CSV), or returns null for an unknown name.</summary>
    public static Stream? OpenCompressed(string name) =>
        name != GdeltDyads ? null
            : Assembly.GetExecutingAssembly().GetManifestResourceStream(GdeltDyadsResource)
                ?? throw new InvalidOperationException($"{GdeltDyadsResource} is not embedded in Fulcrum.Scenario");
}
