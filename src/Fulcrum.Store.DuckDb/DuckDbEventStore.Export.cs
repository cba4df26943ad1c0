using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    /// <exception cref="InputException">The output folder does not exist or the file cannot be written.</exception>
    public ExportResult Export(ExportRequest request)
    {
        var full = Path.GetFullPath(request.OutPath);
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            throw new InputException(new Problem(request.OutPath, 0, 0, $"the folder {folder} does not exist", "create it, or choose another --out"));
        var where = new List<string>();
        if (request.From is { } from) where.Add($"event_date >= {Sql.Literal(from)}");
        if (request.To is { } to) where.Add($"event_date <= {Sql.Literal(to)}");
        if (request.Actors is { Count: > 0 } actors)
        {
            foreach (var a in actors)
                if (a.Length != 3 || !a.All(char.IsAsciiLetterUpper))
                    throw new ArgumentException($"'{a}' is not a CAMEO country code", nameof(request));
            var list = string.Join(", ", actors.Select(a => $"'{a}'"));
            where.Add($"(actor1_country_code IN ({list}) OR actor2_country_code IN ({list}))");
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var options = request.Format == ExportFormat.Csv ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION zstd";
        try
        {
            var rows = _connection.Execute($"COPY (SELECT * FROM events {filter} ORDER BY event_date, dataset, event_id) TO {Sql.Literal(full)} ({options})");
            return new ExportResult(request.OutPath, request.Format, rows);
        }
        catch (DuckDB.NET.Data.DuckDBException e) when (e.Message.Contains("IO Error", StringComparison.Ordinal))
        {
            throw new InputException(new Problem(request.OutPath, 0, 0, $"cannot write the file: {e.Message.Split('\n')[0]}", "check the path and its permissions"));
        }
    }
}
