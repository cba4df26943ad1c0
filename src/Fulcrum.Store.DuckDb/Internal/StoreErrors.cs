using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Fulcrum.Core.Problems;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>Turns the DuckDB errors a user can cause (a locked or foreign file) into problems with a fix.</summary>
internal static partial class StoreErrors
{
    public static Problem? Describe(string path, DuckDBException e)
    {
        var message = e.Message;
        if (message.Contains("Could not set lock", StringComparison.Ordinal) || message.Contains("Conflicting lock", StringComparison.Ordinal))
        {
            var pid = Pid().Match(message);
            return new Problem(path, 0, 0,
                $"the store is in use by another process{(pid.Success ? $" (PID {pid.Groups[1].Value})" : "")}: DuckDB lets one process write a file at a time",
                "wait for that ingest to finish, or close the program holding the file (an R or Python session)");
        }
        if (message.Contains("not a valid DuckDB database", StringComparison.Ordinal) || message.Contains("database file", StringComparison.OrdinalIgnoreCase) && message.Contains("version", StringComparison.OrdinalIgnoreCase))
            return new Problem(path, 0, 0, $"not a DuckDB database this DuckDB can open: {FirstLine(message)}", "pass --db with the path of a Fulcrum store, or a new file name");
        if (message.Contains("IO Error", StringComparison.Ordinal))
            return new Problem(path, 0, 0, FirstLine(message), "check the path and its permissions");
        return null;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"PID (\d+)")]
    private static partial Regex Pid();
}
