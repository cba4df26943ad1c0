using Fulcrum.Core.Problems;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// What a file's first bytes say it is, checked before DuckDB opens it: DuckDB given a file of
/// another kind guesses an extension to read it with (a SQLite file: its sqlite scanner), and
/// would download one if allowed. A DuckDB database has "DUCK" at byte 8 of its first block.
/// </summary>
internal static class StoreFile
{
    private const int HeaderBytes = 16;

    /// <summary>Whether <paramref name="path"/> exists and holds a DuckDB database (or the start of one).</summary>
    public static bool IsDuckDb(string path) => Header(path) is { } header && IsDuckDb(header);

    /// <summary>A problem if the file exists, is not empty and is not a DuckDB database; null otherwise.</summary>
    public static Problem? NotDuckDb(string path)
    {
        var header = Header(path);
        if (header is null || header.Length == 0 || IsDuckDb(header)) return null;
        var what = header.AsSpan().StartsWith("SQLite format 3\0"u8) ? "a SQLite database"
            : header.AsSpan().StartsWith("PAR1"u8) ? "a Parquet file"
            : "not a database DuckDB wrote (its first bytes are not a DuckDB header)";
        return new Problem(path, 0, 0, $"not a DuckDB file: {what}", "give the path of a Fulcrum event store, or a new file name for one");
    }

    private static bool IsDuckDb(byte[] header) => header.Length >= 12 && header.AsSpan(8, 4).SequenceEqual("DUCK"u8);

    private static byte[]? Header(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[Math.Min(HeaderBytes, file.Length)];
            file.ReadExactly(header);
            return header;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // DuckDB's own open reports it
        }
    }
}
