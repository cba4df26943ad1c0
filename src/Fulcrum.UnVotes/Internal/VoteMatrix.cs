using System.Buffers.Text;
using System.Text;

namespace Fulcrum.UnVotes.Internal;

/// <summary>
/// The votes as a dense matrix, one byte per roll call and country row (6,203 × 201, about 1.2 MB),
/// read from un_votes.csv.gz as UTF-8 bytes: 870,000 lines, so the parser allocates nothing per
/// line (no string, no decoding of the fields it only compares) — every examination with a UN-vote
/// signpost waits for it.
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
        var name = new char[256];
        using var stream = Resources.OpenBytes(Resources.Votes);
        var lines = new ByteLines(stream);
        lines.Next(out _); // "rcid","country","country_code","vote"
        var lineNumber = 1;
        while (lines.Next(out var line))
        {
            lineNumber++;
            var comma = line.IndexOf((byte)',');
            if (comma < 0 || !Utf8Parser.TryParse(line[..comma], out int rcid, out var used) || used != comma)
                throw Bad(lineNumber, "no roll call id");
            var rest = line[(comma + 1)..];
            var nameBytes = rest.Length > 0 && rest[0] == '"' ? rest[1..][..Math.Max(0, rest[1..].IndexOf((byte)'"'))] : rest[..Math.Max(0, rest.IndexOf((byte)','))];
            if (nameBytes.Length > 128) throw Bad(lineNumber, "a country name longer than 128 bytes");
            var chars = name.AsSpan(0, Encoding.UTF8.GetChars(nameBytes, name));
            var vote = Trim(line[(line.LastIndexOf((byte)',') + 1)..]) switch
            {
                var v when v.SequenceEqual("yes"u8) => Vote.Yes,
                var v when v.SequenceEqual("abstain"u8) => Vote.Abstain,
                var v when v.SequenceEqual("no"u8) => Vote.No,
                var other => throw Bad(lineNumber, $"unknown vote '{Encoding.UTF8.GetString(other)}'"),
            };
            if (!lookup.TryGetValue(chars, out var row))
                throw Bad(lineNumber, $"country '{chars}' is not in {Resources.Countries}");
            if (!rollCallIndex.TryGetValue(rcid, out var rollCall))
                throw Bad(lineNumber, $"roll call {rcid} is not in {Resources.RollCalls}");
            votes[(rollCall * rows) + row] = (byte)vote;
        }
        return new VoteMatrix(votes, rows);
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) => field.Trim((byte)'\r').Trim((byte)'"');

    private static InvalidDataException Bad(int line, string what) => new($"{Resources.Votes}:{line}: {what}");

    /// <summary>Splits a stream into lines without the newline, each a span into one reused buffer.</summary>
    private sealed class ByteLines(Stream stream)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start, _end;
        private bool _done;

        public bool Next(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = _buffer.AsSpan(_start, newline);
                    _start += newline + 1;
                    return true;
                }
                if (_done)
                {
                    line = _buffer.AsSpan(_start, _end - _start);
                    _start = _end;
                    return line.Length > 0;
                }
                Fill();
            }
        }

        private void Fill()
        {
            var kept = _end - _start;
            if (kept == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2); // a line longer than the buffer
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            (_start, _end) = (0, kept);
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _done = true;
            _end += read;
        }
    }
}
