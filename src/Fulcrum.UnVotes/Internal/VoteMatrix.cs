namespace Fulcrum.UnVotes.Internal;

/// <summary>
/// The votes as a dense matrix, one byte per roll call and country row (6,203 × 201, about 1.2 MB).
/// Read from <c>un_votes.matrix.gz</c>, the shipped <c>un_votes.csv.gz</c> laid out as one line per
/// roll call (Data/SOURCE.md): parsing the 870,000-line CSV on every examination with a UN-vote
/// signpost cost about a quarter of a second; this layout reads in a few milliseconds. A test
/// checks it vote by vote against the CSV.
/// </summary>
internal sealed class VoteMatrix
{
    /// <summary>The character of each vote in the matrix file, indexed by <see cref="Vote"/>.</summary>
    public const string Codes = ".yan";

    private readonly byte[] _votes;

    private VoteMatrix(byte[] votes, int rows)
    {
        _votes = votes;
        Rows = rows;
    }

    public int Rows { get; }

    public Vote this[int rollCall, int row] => (Vote)_votes[(rollCall * Rows) + row];

    public static VoteMatrix Read(IReadOnlyDictionary<int, int> rollCallIndex, int rows)
    {
        var votes = new byte[rollCallIndex.Count * rows];
        using var reader = Resources.Open(Resources.VoteMatrix);
        reader.ReadLine(); // rcid<TAB>votes
        var lineNumber = 1;
        var seen = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !int.TryParse(line.AsSpan(0, tab), out var rcid)) throw Bad(lineNumber, "no roll call id");
            if (!rollCallIndex.TryGetValue(rcid, out var rollCall)) throw Bad(lineNumber, $"roll call {rcid} is not in {Resources.RollCalls}");
            var codes = line.AsSpan(tab + 1);
            if (codes.Length != rows) throw Bad(lineNumber, $"{codes.Length} votes where {Resources.Countries} has {rows} country names");
            var offset = rollCall * rows;
            for (var row = 0; row < rows; row++)
            {
                var vote = Codes.IndexOf(codes[row], StringComparison.Ordinal);
                if (vote < 0) throw Bad(lineNumber, $"unknown vote '{codes[row]}'");
                votes[offset + row] = (byte)vote;
            }
            seen++;
        }
        if (seen != rollCallIndex.Count) throw Bad(lineNumber, $"{seen} roll calls where {Resources.RollCalls} has {rollCallIndex.Count}");
        return new VoteMatrix(votes, rows);
    }

    private static InvalidDataException Bad(int line, string what) => new($"{Resources.VoteMatrix}:{line}: {what}");
}
