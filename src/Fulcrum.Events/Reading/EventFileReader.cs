using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading.Internal;

namespace Fulcrum.Events.Reading;

/// <summary>
/// Streams one event file row by row: each data line comes back as a valid canonical row or a
/// reject with its reason; memory stays flat whatever the file's size. Problems with the file as
/// a whole (corrupt or truncated compression, every row unreadable) throw an
/// <see cref="InputException"/>: the caller stores nothing of that file. Open one with
/// <see cref="EventFile.Open"/>.
/// </summary>
public sealed partial class EventFileReader : IDisposable
{
    /// <summary>If this many rows in a row are rejected before any is read, the file is not what its format says.</summary>
    public const int GiveUpAfterRejects = 100;

    private readonly SourceStream _source;
    private readonly LineReader _lines;
    private readonly RowParser _parser;
    private RowReject? _firstReject;
    private string? _checksum;

    internal EventFileReader(string path, SourceStream source, LineReader lines, RowParser parser)
    {
        Path = path;
        _source = source;
        _lines = lines;
        _parser = parser;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    public EventFormat Format => _parser.Format;

    public FileCompression Compression => _source.Compression;

    /// <summary>The size of the file on disk.</summary>
    public long FileBytes => _source.FileBytes;

    /// <summary>How many bytes of the file on disk have been read (for progress).</summary>
    public long BytesConsumed => _source.Position;

    /// <summary>Data rows read so far (header lines excluded): <see cref="RowsValid"/> + <see cref="RowsRejected"/>.</summary>
    public long RowsRead => RowsValid + RowsRejected;

    public long RowsValid { get; private set; }

    public long RowsRejected { get; private set; }

    /// <summary>The file's SHA-256 (lowercase hex), known once <see cref="Read"/> has returned <see cref="ReadResult.End"/>.</summary>
    public string Checksum => _checksum ?? throw new InvalidOperationException("the checksum is known once the file has been read to its end");

    internal bool SkipFirstLine { get; init; }

    internal byte[]? PendingFirstLine { get; init; }

    internal long PendingFirstLength { get; init; }

    /// <summary>Reads the next data row into <paramref name="row"/>, or describes why it was rejected.</summary>
    /// <exception cref="InputException">The file as a whole cannot be read; nothing of it should be stored.</exception>
    public ReadResult Read(CanonicalRow row, out RowReject? reject)
    {
        reject = null;
        if (!NextLine(out var line, out var length, out var overlong)) return Finish();
        var lineNumber = _lines.LineNumber;
        if (overlong)
            return Reject(new RowReject(lineNumber, 0, "",
                $"the line is {length:N0} bytes long; no event row comes near {LineReader.MaxLineBytes:N0} (is this an event file?)",
                RowReject.CutRaw(line), length), out reject);
        if (_parser.GoesOn(line) && !GatherRecord(ref line, ref length))
            return Reject(new RowReject(lineNumber, 0, "",
                $"a quoted field opened on line {lineNumber:N0} is still open at line {_lines.LineNumber:N0}, past {LineReader.MaxLineBytes:N0} bytes: a closing quote missing?",
                RowReject.CutRaw(line), length), out reject);
        if (_parser.TryParse(line, lineNumber, row, out var problem))
        {
            RowsValid++;
            return ReadResult.Row;
        }
        return Reject(new RowReject(lineNumber, problem.Column, problem.ColumnName, problem.Reason, RowReject.CutRaw(line), length), out reject);
    }

    private ReadResult Reject(RowReject r, out RowReject? reject)
    {
        reject = r;
        RowsRejected++;
        _firstReject ??= r;
        if (RowsValid == 0 && RowsRejected >= GiveUpAfterRejects)
            throw new InputException(Damaged() ?? Unreadable($"the first {RowsRejected} rows were all rejected"));
        return ReadResult.Rejected;
    }

    private ReadResult Finish()
    {
        if (_checksum is not null) return ReadResult.End;
        if (_source.IntegrityProblem() is { } damaged)
            throw new InputException(new Problem(Path, 0, 0, damaged + "; nothing of the file can be trusted", "download the file again"));
        if (RowsValid == 0 && RowsRejected > 0)
            throw new InputException(Unreadable($"all {RowsRejected} rows were rejected"));
        _checksum = ReadGuarded(_source.Checksum);
        return ReadResult.End;
    }

    /// <summary>Whether rows fail because the compressed data is damaged (then that is the problem to report).</summary>
    private Problem? Damaged() =>
        _source.DamageProblem() is { } damage ? new Problem(Path, 0, 0, damage, "download the file again") : null;

    private Problem Unreadable(string what)
    {
        var first = _firstReject!;
        var at = first.Column > 0 ? $"line {first.Line}, field {first.Column}{(first.ColumnName.Length > 0 ? $" ({first.ColumnName})" : "")}" : $"line {first.Line}";
        return new Problem(Path, 0, 0, $"{what} as {Format.Label()}; the first: {at}: {first.Reason}",
            "check the file is what its format says; let the format be detected from the content rather than forced");
    }

    public void Dispose() => _source.Dispose();
}
