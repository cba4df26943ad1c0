using System.IO.Compression;
using Fulcrum.Core.Problems;
using Fulcrum.Detection.Reading.Internal;

namespace Fulcrum.Detection.Reading;

/// <summary>
/// Reads external series from CSV: long (<c>date,series,value</c>) or wide
/// (<c>date,&lt;series1&gt;,&lt;series2&gt;…</c>), plain or <c>.gz</c>. Rows may come in any
/// order (they are sorted by date); blank lines and lines starting with <c>#</c> are skipped;
/// an empty value, <c>NA</c> or <c>NaN</c> is a missing value, handled like a missing row by the
/// <see cref="GapPolicy"/>. A date given twice for one series, a value that is not a number, a
/// date in another form or precision than the first, and gaps (unless the policy says otherwise)
/// are problems with the file, line and column.
/// </summary>
public static class SeriesCsv
{
    /// <summary>Reads <paramref name="path"/> (a <c>.gz</c> file is decompressed).</summary>
    public static Checked<SeriesSet> ReadFile(string path, SeriesReadOptions? options = null)
    {
        if (!File.Exists(path))
            return Checked<SeriesSet>.Failure([new Problem(path, 0, 0, "no such file", "check the path, or use builtin:gdelt-dyads for the series that ship with Fulcrum")]);
        using var stream = File.OpenRead(path);
        return ReadStream(stream, path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), options);
    }

    /// <summary>
    /// Reads series from <paramref name="stream"/> (gzip-compressed when <paramref name="gzip"/>);
    /// the set carries the SHA-256 of the bytes read, so a report can say exactly what it read.
    /// </summary>
    public static Checked<SeriesSet> ReadStream(Stream stream, string source, bool gzip, SeriesReadOptions? options = null)
    {
        using var hashing = new HashingStream(stream);
        using var reader = gzip ? new StreamReader(new GZipStream(hashing, CompressionMode.Decompress)) : new StreamReader(hashing);
        var read = Read(reader, source, options);
        return read.Value is { } set ? Checked<SeriesSet>.Success(set with { Sha256 = hashing.Finish() }) : read;
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
}
