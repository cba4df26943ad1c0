using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Fulcrum.Events.Tests;

namespace Fulcrum.Feeds.Tests;

/// <summary>
/// GDELT 2.0 15-minute exports made of the real rows of the fixtures (Fulcrum.Events.Tests/Fixtures/gdelt2),
/// zipped as GDELT publishes them, with fresh IDs and DATEADDED set to the file's stamp, and the
/// <c>&lt;size&gt; &lt;md5&gt; &lt;url&gt;</c> line that lists each.
/// </summary>
public static class FeedFiles
{
    private static readonly Lazy<string[][]> RealRows = new(() => [.. Fixture.Gdelt2Days.SelectMany(d => Fixture.Fields(d))]);

    public static string Name(DateTime stamp) => stamp.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + ".export.CSV.zip";

    /// <summary>The zipped export for <paramref name="stamp"/>: <paramref name="rows"/> real rows from row <paramref name="offset"/>, IDs from <paramref name="firstId"/>.</summary>
    public static byte[] Export(DateTime stamp, int rows = 1_500, long firstId = 1_200_000_000, int offset = 0)
    {
        var real = RealRows.Value;
        var text = new StringBuilder();
        var added = stamp.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        for (var i = 0; i < rows; i++)
        {
            var f = (string[])real[(offset + i) % real.Length].Clone();
            f[0] = (firstId + i).ToString(CultureInfo.InvariantCulture);
            f[59] = added;
            text.Append(string.Join('\t', f)).Append('\n');
        }
        return Archives.Zip(Name(stamp)[..^4], Encoding.UTF8.GetBytes(text.ToString()), CompressionLevel.Fastest);
    }

    /// <summary>The list line for <paramref name="body"/> served at <paramref name="url"/>.</summary>
    public static string Line(byte[] body, Uri url) => $"{body.Length} {Md5(body)} {url}";

#pragma warning disable CA5351 // the feed's own checksum
    public static string Md5(byte[] body) => Convert.ToHexStringLower(MD5.HashData(body));
#pragma warning restore CA5351
}
