namespace Fulcrum.Store.DuckDb;

/// <summary>How the DuckDB store runs. The defaults suit a laptop and keep ingest's memory flat.</summary>
public sealed record DuckDbStoreOptions
{
    /// <summary>Open without the right to write: several readers may then share the file. Default false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// DuckDB's memory limit (its buffer pool; it spills to disk beyond it). Default 192 MB: room for
    /// an ingest's two inserting threads, which each build a row group before writing it, while the
    /// whole process stays under 500 MB whatever the file size (measured: bench/Fulcrum.Benchmarks/README.md).
    /// </summary>
    public string MemoryLimit { get; init; } = "192MB";

    /// <summary>Where rejected rows are spooled while a file loads; default the system temporary folder.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>
    /// How many stored and new rows the duplicate check looks at in one statement (bounded memory:
    /// bench/README.md, "Ingest: the duplicate check"). Tests set it small to cross chunk boundaries.
    /// </summary>
    internal long DedupChunkRows { get; init; } = 1_000_000;

    /// <summary>
    /// For a writable open: refuse a file that is not a Fulcrum store yet, as a read-only open does,
    /// instead of creating the tables in it (<see cref="HeldDuckDbStores"/> opens its instance
    /// writable for a reader's request, which must not turn a foreign DuckDB file into a store).
    /// </summary>
    internal bool ExistingStoreOnly { get; init; }

    public static DuckDbStoreOptions Default { get; } = new();
}
