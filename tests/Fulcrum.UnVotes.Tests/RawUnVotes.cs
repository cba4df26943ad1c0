using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Fulcrum.UnVotes.Tests;

/// <summary>
/// The raw CSV files of Fulcrum.UnVotes' Data folder (the sources of what it embeds), parsed here
/// independently with plain string operations, so that the tests check the library against the
/// data rather than against itself.
/// </summary>
public static class RawUnVotes
{
    public sealed record VoteRow(int Rcid, string Country, string Vote);

    public sealed record RollCallRow(int Rcid, int Session, int Year, string Important);

    private static readonly Lazy<List<VoteRow>> VotesLazy = new(() => [.. Lines("un_votes.csv.gz").Skip(1).Select(ParseVote)]);
    private static readonly Lazy<Dictionary<int, RollCallRow>> RollCallsLazy = new(() => Lines("un_roll_calls.csv.gz").Skip(1).Select(ParseRollCall).ToDictionary(r => r.Rcid));
    private static readonly Lazy<ILookup<int, string>> IssuesLazy = new(() => Lines("un_roll_call_issues.csv.gz").Skip(1)
        .Select(l => l.Split(',')).ToLookup(f => int.Parse(f[0], CultureInfo.InvariantCulture), f => f[1].Trim('"')));

    public static List<VoteRow> Votes => VotesLazy.Value;

    public static Dictionary<int, RollCallRow> RollCalls => RollCallsLazy.Value;

    public static ILookup<int, string> Issues => IssuesLazy.Value;

    /// <summary>The library's Data folder in the source tree.</summary>
    public static string DataFolder { get; } = Path.Combine(RepoRoot(), "src", "Fulcrum.UnVotes", "Data");

    public static IEnumerable<string> Lines(string file, Encoding? encoding = null)
    {
        using var stream = File.OpenRead(Path.Combine(DataFolder, file));
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), encoding ?? Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fulcrum.slnx not found above the test binaries");
    }

    // 3,"United States","US","yes"  or  47,"Yemen Arab Republic",NA,"abstain"  (no commas inside names)
    private static VoteRow ParseVote(string line)
    {
        var f = line.Split(',');
        return new VoteRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1].Trim('"'), f[3].Trim('"'));
    }

    // rcid,session,importantvote,"date",... : the first four fields never contain commas.
    private static RollCallRow ParseRollCall(string line)
    {
        var f = line.Split(',', 5);
        return new RollCallRow(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
            int.Parse(f[3].Trim('"')[..4], CultureInfo.InvariantCulture), f[2]);
    }
}
