namespace Fulcrum.Store.DuckDb;

/// <summary>How the DuckDB store runs. The defaults suit a laptop and keep ingest's memory flat.</summary>
public sealed record DuckDbStoreOptions
{
    /// <summary>Open without the right to write: several readers may then share the file. Default false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// DuckDB's memory limit (its buffer pool; it spills to disk beyond it). Default 256 MB, which keeps
    /// a whole ingest under 500 MB of process memory whatever the file size.
    /// </summary>
    public string MemoryLimit { get; init; } = "256MB";

    /// <summary>
    /// Stream validated rows to DuckDB through a named pipe while the file is still being read (Linux
    /// and macOS). When false, or where pipes cannot be made, rows are staged in a temporary file and
    /// loaded once it is complete: same result, slower. Default true.
    /// </summary>
    public bool StageThroughPipe { get; init; } = true;

    /// <summary>Where staging files and pipes go; default the system temporary folder.</summary>
    public string? StagingDirectory { get; init; }

    public static DuckDbStoreOptions Default { get; } = new();
}
