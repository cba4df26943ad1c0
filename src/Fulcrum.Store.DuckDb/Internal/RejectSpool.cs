using Fulcrum.Events.Reading;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Rejected rows kept in a temporary file while a file is loaded (a file of bad rows must not fill
/// memory), then written to the rejects table in the same transaction. The file is deleted after;
/// a killed process leaves only it behind, never anything in the store.
/// </summary>
internal sealed class RejectSpool(string folder) : IDisposable
{
    private readonly string _path = Path.Combine(folder, $"fulcrum-rejects-{Environment.ProcessId}-{Guid.NewGuid():N}.bin");
    private BinaryWriter? _writer;

    public long Count { get; private set; }

    public void Add(RowReject r)
    {
        _writer ??= new BinaryWriter(new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
        _writer.Write(r.Line);
        _writer.Write(r.Column);
        _writer.Write(r.ColumnName);
        _writer.Write(r.Reason);
        _writer.Write(r.Raw);
        _writer.Write(r.RawBytes);
        Count++;
    }

    public IEnumerable<RowReject> ReadAll()
    {
        if (_writer is null) yield break;
        _writer.Dispose();
        using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        for (var i = 0L; i < Count; i++)
            yield return new RowReject(reader.ReadInt64(), reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt64());
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (Count > 0) File.Delete(_path);
    }
}
