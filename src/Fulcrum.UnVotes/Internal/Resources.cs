using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Fulcrum.UnVotes.Internal;

/// <summary>The data files embedded in this assembly (Data/, see Data/SOURCE.md).</summary>
internal static class Resources
{
    /// <summary>The votes of un_votes.csv.gz (kept in Data/, not embedded), one line per roll call: see Data/SOURCE.md.</summary>
    public const string VoteMatrix = "un_votes.matrix.gz";
    public const string RollCalls = "un_roll_calls.csv.gz";
    public const string Issues = "un_roll_call_issues.csv.gz";
    public const string IdealPointsAll = "voeten_IdealpointestimatesAll_Apr2020.csv.gz";
    public const string IdealPointsImportant = "voeten_IdealpointestimatesImportant_Apr2020.csv.gz";
    public const string Countries = "countries.tsv";

    /// <summary>Opens an embedded file as text, decompressing <c>.gz</c>; the ideal-point files are Windows-1252 (read as Latin-1, which differs only in names).</summary>
    public static TextReader Open(string name)
    {
        var content = OpenBytes(name);
        var encoding = name.StartsWith("voeten_", StringComparison.Ordinal) ? Encoding.Latin1 : Encoding.UTF8;
        return new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    /// <summary>Opens an embedded file as bytes, decompressing <c>.gz</c>.</summary>
    public static Stream OpenBytes(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fulcrum.UnVotes.Data.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded in Fulcrum.UnVotes");
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
