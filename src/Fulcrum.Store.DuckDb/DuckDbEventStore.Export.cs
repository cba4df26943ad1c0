using DuckDB.NET.Data;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    /// <remarks>
    /// The rows go to a temporary file beside the output, renamed over it once complete: a failed
    /// export leaves the output as it was (absent, or the previous file), never empty or partial.
    /// </remarks>
    /// <exception cref="InputException">The output is the store itself, another DuckDB file or a folder; its folder does not exist; it cannot be written.</exception>
    /// <exception cref="EnvironmentFailureException">The disk is full.</exception>
    public ExportResult Export(ExportRequest request)
    {
        var full = Path.GetFullPath(request.OutPath);
        if (OutputProblem(request.OutPath, full) is { } problem) throw new InputException(problem);
        // An output that is a link is written where it points, so the link still leads to the new file.
        if (new FileInfo(full).LinkTarget is not null) full = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
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
        var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        try
        {
            var columns = request.Format == ExportFormat.Csv ? CsvSafeColumns : "*";
            var rows = _connection.Execute($"COPY (SELECT {columns} FROM events {filter} ORDER BY event_date, month_year, dataset, event_id) TO {Sql.Literal(partial)} ({options})");
            File.Move(partial, full, overwrite: true);
            return new ExportResult(request.OutPath, request.Format, rows);
        }
        catch (DuckDBException e) when (StoreErrors.Environment(request.OutPath, e, $"exporting to {request.OutPath}") is { } failure)
        {
            throw failure;
        }
        catch (DuckDBException e) when (e.Message.Contains("IO Error", StringComparison.Ordinal))
        {
            throw new InputException(new Problem(request.OutPath, 0, 0, $"cannot write the file: {e.Message.Split('\n')[0]}", "check the path and its permissions"));
        }
        catch (IOException e)
        {
            var cannot = new Problem(request.OutPath, 0, 0, $"cannot write the file: {e.Message}", "check the path, its permissions and the disk's free space");
            if (StoreErrors.IsDiskFull(e.Message)) throw new EnvironmentFailureException(cannot, e);
            throw new InputException(cannot);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Every column, with a text value that a spreadsheet would run as a formula (one that begins
    /// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR) written with a single quote before
    /// it (OWASP, "CSV Injection"): a spreadsheet shows it as text. Names and URLs come from news
    /// text anyone can write. Numbers are not text and keep their sign; Parquet is typed and unchanged.
    /// </summary>
    private static readonly string CsvSafeColumns = string.Join(", ", Fulcrum.Events.Schema.EventColumns.All.Select(c =>
        c.Kind == Fulcrum.Events.Schema.ColumnKind.Text
            ? $"CASE WHEN list_contains(['=', '+', '-', '@', chr(9), chr(13)], left({c.Name}, 1)) THEN chr(39) || {c.Name} ELSE {c.Name} END AS {c.Name}"
            : c.Name).Append("ingest_id"));

    /// <summary>
    /// Why the output cannot be written to: its folder is missing, it is a folder, or it is the store
    /// (or the store's log) under any name — a link, another spelling — or any DuckDB database.
    /// </summary>
    private Problem? OutputProblem(string given, string full)
    {
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
            return new Problem(given, 0, 0, $"the folder {folder} does not exist", "create it, or choose another output file");
        if (Directory.Exists(full))
            return new Problem(given, 0, 0, "is a folder", "give the output file's name, not only its folder");
        if (FileIdentity.Same(full, Location) || FileIdentity.Same(full, Location + ".wal"))
            return new Problem(given, 0, 0, "is the event store being exported: writing there would destroy it", "choose another output file");
        if (StoreFile.IsDuckDb(full))
            return new Problem(given, 0, 0, "is a DuckDB database (an event store?): export does not overwrite one", "choose another output file, or delete that database first if it is no longer needed");
        return null;
    }
}
