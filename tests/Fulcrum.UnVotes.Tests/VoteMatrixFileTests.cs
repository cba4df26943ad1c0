using System.IO.Compression;
using System.Text;

namespace Fulcrum.UnVotes.Tests;

/// <summary>
/// The shipped un_votes.matrix.gz is un_votes.csv.gz laid out one line per roll call (Data/SOURCE.md).
/// This derives it afresh from the CSV, independently of the library, and compares the two. After a
/// deliberate change to the CSV or to countries.tsv, run this test with FULCRUM_WRITE_DATA=1 to
/// write the new matrix (then review and commit it).
/// </summary>
public sealed class VoteMatrixFileTests
{
    private const string MatrixFile = "un_votes.matrix.gz";

    [Fact]
    public void ShippedMatrix_IsTheVotesCsvOneLinePerRollCall()
    {
        var expected = Derive(CountryNames());
        var path = Path.Combine(RawUnVotes.DataFolder, MatrixFile);
        if (Environment.GetEnvironmentVariable("FULCRUM_WRITE_DATA") == "1") Write(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing: run this test with FULCRUM_WRITE_DATA=1");
        var shipped = string.Join('\n', RawUnVotes.Lines(MatrixFile)) + "\n";
        Assert.True(expected == shipped, $"{MatrixFile} differs from un_votes.csv.gz: run this test with FULCRUM_WRITE_DATA=1, review, commit");
    }

    [Fact]
    public void ShippedMatrix_HoldsEveryVoteOfTheCsv()
    {
        // 870,109 votes (Data/SOURCE.md): each one a y, n or a; every other cell is '.'.
        var cells = RawUnVotes.Lines(MatrixFile).Skip(1).Sum(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Count(c => c != '.'));
        Assert.Equal(870_109, cells);
        Assert.Equal(RawUnVotes.Votes.Count, cells);
    }

    private static string Derive(IReadOnlyList<string> rowNames)
    {
        var column = rowNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var lines = RawUnVotes.RollCalls.Keys.Order().ToDictionary(id => id, _ => Enumerable.Repeat('.', rowNames.Count).ToArray());
        foreach (var vote in RawUnVotes.Votes)
        {
            lines[vote.Rcid][column[vote.Country]] = vote.Vote switch
            {
                "yes" => 'y',
                "no" => 'n',
                "abstain" => 'a',
                var other => throw new InvalidDataException($"unknown vote '{other}'"),
            };
        }
        var text = new StringBuilder("rcid\tvotes\n");
        foreach (var (id, codes) in lines) text.Append(id).Append('\t').Append(codes).Append('\n');
        return text.ToString();
    }

    /// <summary>The country names of countries.tsv, first column, in order, each once: the matrix's columns.</summary>
    private static List<string> CountryNames() =>
        [.. File.ReadLines(Path.Combine(RawUnVotes.DataFolder, "countries.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0]).Distinct(StringComparer.Ordinal)];

    private static void Write(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
