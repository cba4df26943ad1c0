using System.Text;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <inheritdoc />
    /// <remarks>
    /// CSV only: ClickHouse 18.16 writes no Parquet. The rows stream from the server as
    /// TabSeparated and are written as RFC 4180 CSV with the DuckDB store's header and order (NULL
    /// as an empty field, is_root_event as true/false, whole doubles with ".0"), to a temporary file beside the output that
    /// is renamed over it once complete: a failed export leaves the output as it was.
    /// </remarks>
    public async Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Format != ExportFormat.Csv)
            throw new InputException(Problem.About(Subjects.Store, $"the ClickHouse store at {Location} exports CSV only (ClickHouse 18.16 writes no Parquet)",
                "export as CSV, or ingest the files into a store file (a path rather than an address) to export Parquet"));
        var full = Path.GetFullPath(request.OutPath);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
            throw new InputException(new Problem(request.OutPath, 0, 0, $"the folder {folder} does not exist", "create it, or choose another output file"));
        if (Directory.Exists(full)) throw new InputException(new Problem(request.OutPath, 0, 0, "is a folder", "give the output file's name, not only its folder"));
        var committed = await CommittedAsync(cancellationToken).ConfigureAwait(false);
        var where = new List<string> { $"ingest_id <= {Num(committed)}" };
        if (request.From is { } from) where.Add($"event_date >= {ChSql.Date(from)}");
        if (request.To is { } to) where.Add($"event_date <= {ChSql.Date(to)}");
        if (request.Actors is { Count: > 0 } actors)
        {
            foreach (var a in actors)
                if (a.Length != 3 || !a.All(char.IsAsciiLetterUpper))
                    throw new ArgumentException($"'{a}' is not a CAMEO country code", nameof(request));
            where.Add($"(actor1_country_code IN ({ChSql.List(actors)}) OR actor2_country_code IN ({ChSql.List(actors)}))");
        }
        var partial = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        try
        {
            long rows = 0;
            await using (var output = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 16))
            {
                var names = EventColumns.All.Select(c => c.Name).Append("ingest_id").ToArray();
                await output.WriteAsync(string.Join(",", names) + "\n").ConfigureAwait(false);
                var isBool = EventColumns.All.Select(c => c.Kind == ColumnKind.Bool).Append(false).ToArray();
                var isDouble = EventColumns.All.Select(c => c.Kind == ColumnKind.Double).Append(false).ToArray();
                var line = new StringBuilder();
                await foreach (var fields in First.StreamTsvAsync(
                    $"SELECT {ChSchema.ColumnNames} FROM {Events} WHERE {string.Join(" AND ", where)} ORDER BY event_date, dataset, event_id", cancellationToken).ConfigureAwait(false))
                {
                    line.Clear();
                    for (var i = 0; i < fields.Length; i++)
                    {
                        if (i > 0) line.Append(',');
                        if (Tsv.IsNull(fields[i])) continue;
                        var v = Tsv.Unescape(fields[i]);
                        if (isBool[i]) v = v == "1" ? "true" : "false";
                        // A whole number as DuckDB writes a DOUBLE: -10.0, not -10.
                        else if (isDouble[i] && v.Length > 0 && !v.AsSpan().TrimStart('-').ContainsAnyExcept("0123456789")) v += ".0";
                        Csv(line, v);
                    }
                    line.Append('\n');
                    await output.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                    rows++;
                }
            }
            File.Move(partial, full, overwrite: true);
            return new ExportResult(request.OutPath, request.Format, rows);
        }
        catch (IOException e)
        {
            throw new InputException(new Problem(request.OutPath, 0, 0, $"cannot write the file: {e.Message}", "check the path, its permissions and the disk's free space"));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(new Problem(request.OutPath, 0, 0, $"cannot write the file: {e.Message}", "check the path and its permissions"));
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>A CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled), or is empty (so it is not NULL).</summary>
    private static void Csv(StringBuilder line, string value)
    {
        if (value.Length > 0 && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }
        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
