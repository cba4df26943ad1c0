using Fulcrum.Events.Reading;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Rejected rows kept in a temporary file while a file is loaded (a file of bad rows must not fill
/// memory), then written to the rejects table in the same transaction.
/// </summary>
internal sealed class RejectSpool(string path) : IDisposable
{
    private BinaryWriter? _writer;

    public long Count { get; private set; }

    public void Add(RowReject r)
    {
        _writer ??= new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
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
        _writer = null;
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        for (var i = 0L; i < Count; i++)
            yield return new RowReject(reader.ReadInt64(), reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt64());
    }

    public void Dispose() => _writer?.Dispose();
}
