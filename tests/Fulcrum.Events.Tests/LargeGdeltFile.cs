using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Fulcrum.Events.Tests;

/// <summary>
/// A large GDELT 2.0 export built from the real rows of the fixtures: the 9,354 rows repeated in
/// order with fresh, increasing event IDs (each ID appears once unless duplicates are asked for).
/// Optionally every <c>badEvery</c>-th row gets a non-numeric Goldstein score and every
/// <c>duplicateEvery</c>-th row repeats the previous row's ID, so rejects and duplicates are exercised.
/// </summary>
public static class LargeGdeltFile
{
    private static readonly Lazy<string[][]> RealRows = new(() =>
        [.. Fixture.Gdelt2Days.SelectMany(d => Fixture.Fields(d))]);

    public static long Write(string path, int rows, long firstId = 1_000_000_000, int badEvery = 0, int duplicateEvery = 0)
    {
        var real = RealRows.Value;
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var id = firstId;
        for (var i = 0; i < rows; i++)
        {
            var fields = (string[])real[i % real.Length].Clone();
            if (duplicateEvery > 0 && i % duplicateEvery == duplicateEvery - 1) id--;
            fields[0] = id.ToString(CultureInfo.InvariantCulture);
            id++;
            if (badEvery > 0 && i % badEvery == badEvery - 1) fields[30] = "not-a-number";
            output.WriteLine(string.Join('\t', fields));
        }
        return new FileInfo(path).Length;
    }

    /// <summary>The same rows gzipped, for a compressed input of the same content.</summary>
    public static void Gzip(string source, string target)
    {
        using var input = File.OpenRead(source);
        using var output = new GZipStream(File.Create(target), CompressionLevel.Fastest);
        input.CopyTo(output);
    }
}
