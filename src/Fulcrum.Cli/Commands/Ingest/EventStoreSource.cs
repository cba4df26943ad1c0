using System.CommandLine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Cli.Commands.Ingest;

/// <summary>The <c>--db</c> option the event commands share, and opening the store it names.</summary>
public static class EventStoreSource
{
    /// <summary>The environment variable that names the default store.</summary>
    public const string EnvironmentVariable = "FULCRUM_DB";

    public const string DefaultPath = "fulcrum.duckdb";

    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"The event store (a DuckDB file); default ${EnvironmentVariable}, else ./{DefaultPath}",
        HelpName = "PATH",
    };

    /// <summary>The store path: --db, else $FULCRUM_DB, else ./fulcrum.duckdb.</summary>
    public static string Resolve(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db)) return db;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultPath : env;
    }

    /// <summary>Opens the store for writing, creating it if needed.</summary>
    public static DuckDbEventStore OpenForWriting(CommandContext context, Option<string?> db) =>
        DuckDbEventStore.Open(Resolve(context.Value(db)), time: context.Time).ValueOrThrow();

    /// <summary>Opens an existing store read-only (several readers may share it).</summary>
    public static DuckDbEventStore OpenForReading(CommandContext context, Option<string?> db) =>
        DuckDbEventStore.Open(Resolve(context.Value(db)), new DuckDbStoreOptions { ReadOnly = true }, context.Time).ValueOrThrow();

    /// <summary>A date option's value, strictly YYYY-MM-DD, or a problem naming the option.</summary>
    public static DateOnly? Date(CommandContext context, Option<string?> option)
    {
        if (context.Value(option) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            return date;
        throw new InputException(new Problem(option.Name, 0, 0, $"'{text}' is not a date", "write dates as YYYY-MM-DD, e.g. 2022-01-05"));
    }
}
