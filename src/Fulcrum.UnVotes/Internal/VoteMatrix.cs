using System.Globalization;

namespace Fulcrum.UnVotes.Internal;

/// <summary>
/// The votes as a dense matrix, one byte per roll call and country row (6,203 × 201, about 1.2 MB),
/// read from un_votes.csv.gz with a parser that allocates one string per line and nothing per field.
/// </summary>
internal sealed class VoteMatrix
{
    private readonly byte[] _votes;

    private VoteMatrix(byte[] votes, int rows)
    {
        _votes = votes;
        Rows = rows;
    }

    public int Rows { get; }

    public Vote this[int rollCall, int row] => (Vote)_votes[(rollCall * Rows) + row];

    public static VoteMatrix Read(IReadOnlyDictionary<int, int> rollCallIndex, IReadOnlyList<string> rowNames)
    {
        var rows = rowNames.Count;
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows; i++) byName.TryAdd(rowNames[i], i);
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var votes = new byte[rollCallIndex.Count * rows];
        using var reader = Resources.Open(Resources.Votes);
        reader.ReadLine(); // "rcid","country","country_code","vote"
        var lineNumber = 1;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            var line = text.AsSpan();
            var comma = line.IndexOf(',');
            var rcid = int.Parse(line[..comma], CultureInfo.InvariantCulture);
            var rest = line[(comma + 1)..];
            var name = rest[0] == '"' ? rest[1..][..rest[1..].IndexOf('"')] : rest[..rest.IndexOf(',')];
            var vote = line[(line.LastIndexOf(',') + 1)..].Trim('"') switch
            {
                "yes" => Vote.Yes,
                "abstain" => Vote.Abstain,
                "no" => Vote.No,
                var other => throw new InvalidDataException($"{Resources.Votes}:{lineNumber}: unknown vote '{other}'"),
            };
            if (!lookup.TryGetValue(name, out var row))
                throw new InvalidDataException($"{Resources.Votes}:{lineNumber}: country '{name}' is not in {Resources.Countries}");
            if (!rollCallIndex.TryGetValue(rcid, out var rollCall))
                throw new InvalidDataException($"{Resources.Votes}:{lineNumber}: roll call {rcid} is not in {Resources.RollCalls}");
            votes[(rollCall * rows) + row] = (byte)vote;
        }
        return new VoteMatrix(votes, rows);
    }
}
