using System.IO.Compression;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using Fulcrum.Detection.Reading.Internal;

namespace Fulcrum.Detection.Reading;

/// <summary>
/// Reads external series from CSV: long (<c>date,series,value</c>), wide
/// (<c>date,&lt;series1&gt;,&lt;series2&gt;…</c>) or a dyad series as <c>fulcrum dyad --csv</c> writes it (<c>period_start,period_end,n1,…</c>: period_end is skipped), plain or <c>.gz</c>. Rows may come in any
/// order (they are sorted by date); blank lines and lines starting with <c>#</c> are skipped;
/// an empty value, <c>NA</c> or <c>NaN</c> is a missing value, handled like a missing row by the
/// <see cref="GapPolicy"/>. A date given twice for one series, a value that is not a number, a
/// date in another form or precision than the first, and gaps (unless the policy says otherwise)
/// are problems with the file, line and column.
/// </summary>
public static class SeriesCsv
{
    /// <summary>
    /// Reads <paramref name="path"/> (a <c>.gz</c> file is decompressed) through <see cref="BoundedInput"/>:
    /// a path that is not a regular file is refused without being opened, and the file, or what it
    /// decompresses to, may hold at most <see cref="InputKinds.MaxBytes"/> of a series file; the text
    /// must be UTF-8 (the first bad byte is reported at its line and column).
    /// </summary>
    public static Checked<SeriesSet> ReadFile(string path, SeriesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var opened = BoundedInput.Open(path, InputKind.SeriesCsv);
        if (opened.Value is not { } stream) return Checked<SeriesSet>.Failure(opened.Problems);
        using (stream) return ReadStream(stream, path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), options);
    }

    /// <summary>
    /// Reads series from <paramref name="stream"/> (gzip-compressed when <paramref name="gzip"/>), at
    /// most <see cref="InputKinds.MaxBytes"/> of a series file once decompressed; the set carries the
    /// SHA-256 of the bytes read, so a report can say exactly what it read.
    /// </summary>
    public static Checked<SeriesSet> ReadStream(Stream stream, string source, bool gzip, SeriesReadOptions? options = null)
    {
        var text = ReadText(stream, source, gzip);
        if (text.Value is not ({ } t, { } sha256)) return Checked<SeriesSet>.Failure(text.Problems);
        using var reader = new StringReader(t);
        var read = Read(reader, source, options);
        return read.Value is { } set ? Checked<SeriesSet>.Success(set with { Sha256 = sha256 }) : read;
    }

    /// <summary>
    /// Reads <paramref name="path"/> as <see cref="ReadFile"/> does, but leaves the series to be
    /// assembled one by one (<see cref="SeriesFile.Find"/>), each checked under its own gap policy.
    /// </summary>
    public static Checked<SeriesFile> ParseFile(string path, int maxProblems = 25)
    {
        ArgumentNullException.ThrowIfNull(path);
        var opened = BoundedInput.Open(path, InputKind.SeriesCsv);
        if (opened.Value is not { } stream) return Checked<SeriesFile>.Failure(opened.Problems);
        using (stream) return ParseStream(stream, path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), maxProblems);
    }

    /// <summary>Reads series text from <paramref name="stream"/> as <see cref="ReadStream"/> does, the series left to be assembled one by one.</summary>
    public static Checked<SeriesFile> ParseStream(Stream stream, string source, bool gzip, int maxProblems = 25)
    {
        var text = ReadText(stream, source, gzip);
        if (text.Value is not ({ } t, { } sha256)) return Checked<SeriesFile>.Failure(text.Problems);
        var problems = new ProblemList(source);
        var rows = new CsvRows(problems, maxProblems);
        using (var reader = new StringReader(t)) rows.Read(reader);
        if (rows.Full)
            problems.Add(0, 0, $"reading stopped after {maxProblems} problems", "fix these and read the file again");
        if (problems.Any || rows.Grain is not { } grain) return Checked<SeriesFile>.Failure(problems.Sorted());
        return Checked<SeriesFile>.Success(new SeriesFile(source, rows.Points, grain) { Sha256 = sha256 });
    }


    /// <summary>Reads series text from <paramref name="reader"/>; <paramref name="source"/> names it in problems.</summary>
    public static Checked<SeriesSet> Read(TextReader reader, string source, SeriesReadOptions? options = null)
    {
        options ??= SeriesReadOptions.Default;
        var problems = new ProblemList(source);
        var rows = new CsvRows(problems, options.MaxProblems);
        try
        {
            rows.Read(reader);
        }
        catch (InvalidDataException e)
        {
            problems.Add(0, 0, $"the file cannot be read: {e.Message}", "give a plain CSV file or a gzip-compressed one ending in .gz");
        }
        if (rows.Full)
            problems.Add(0, 0, $"reading stopped after {options.MaxProblems} problems", "fix these and read the file again");
        if (problems.Any || rows.Grain is not { } grain) return Checked<SeriesSet>.Failure(problems.Sorted());
        var set = SeriesAssembly.Build(source, rows.Points, grain, options, problems);
        return set is null ? Checked<SeriesSet>.Failure(problems.Sorted()) : Checked<SeriesSet>.Success(set);
    }

    /// <summary>A series file's text and the SHA-256 of its bytes as read.</summary>
    private sealed record FileText(string Text, string Sha256);

    /// <summary>
    /// The text of a series file (gzip-compressed when <paramref name="gzip"/>), at most
    /// <see cref="InputKinds.MaxBytes"/> once decompressed, and the SHA-256 of the bytes read.
    /// </summary>
    private static Checked<FileText> ReadText(Stream stream, string source, bool gzip)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        Checked<string> text;
        try
        {
            using var plain = gzip ? new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true) : null;
            text = BoundedInput.ReadText((Stream?)plain ?? hashing, source, InputKind.SeriesCsv);
        }
        catch (InvalidDataException e)
        {
            return Checked<FileText>.Failure([new Problem(source, 0, 0, $"the file cannot be read: {Echo.Value(e.Message)}",
                "give a plain CSV file or a gzip-compressed one ending in .gz")]);
        }
        return text.Value is { } t ? Checked<FileText>.Success(new FileText(t, hashing.Finish())) : Checked<FileText>.Failure(text.Problems);
    }
}
