namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// A private temporary folder for one file's load: the canonical rows (a named pipe, or a file where
/// pipes cannot be made) and the spool of rejects. Deleted when the load ends; a killed process
/// leaves only this folder behind, never anything in the store.
/// </summary>
internal sealed class Staging : IDisposable
{
    private readonly string _folder;

    private Staging(string folder, bool pipe)
    {
        _folder = folder;
        IsPipe = pipe;
        DataPath = Path.Combine(folder, "rows.tsv");
        Rejects = new RejectSpool(Path.Combine(folder, "rejects.bin"));
    }

    /// <summary>Where the canonical rows go, and where DuckDB reads them from.</summary>
    public string DataPath { get; }

    /// <summary>Whether <see cref="DataPath"/> is a pipe (rows load while being produced) or a file (loaded after).</summary>
    public bool IsPipe { get; }

    public RejectSpool Rejects { get; }

    public static Staging Create(DuckDbStoreOptions options)
    {
        var root = options.StagingDirectory ?? Path.GetTempPath();
        var folder = Path.Combine(root, $"fulcrum-ingest-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var pipe = options.StageThroughPipe && NativePipe.TryCreate(Path.Combine(folder, "rows.tsv"));
        return new Staging(folder, pipe);
    }

    public void Dispose()
    {
        Rejects.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner; it holds nothing the store depends on.
        }
    }
}
