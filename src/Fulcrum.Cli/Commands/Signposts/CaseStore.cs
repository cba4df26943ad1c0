using System.CommandLine;
using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Scenario.Model;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>The event store a case reads: for its event signposts and a <c>store:MEASURE</c> fast relation.</summary>
public static class CaseStore
{
    /// <summary>Whether the case's signposts read the store.</summary>
    public static bool SignpostsNeedIt(Scenario.Model.Case c) => c.Signposts.Any(s => s.Indicator is EventIndicator);

    /// <summary>Whether the case's fast relation reads the store.</summary>
    public static bool BalanceNeedsIt(Scenario.Model.Case c) => c.Relations.Fast.StartsWith("store:", StringComparison.Ordinal);

    /// <summary>
    /// The store, opened read-only when <paramref name="needed"/>: <c>--db</c> (an error if it cannot be
    /// opened), else <c>$FULCRUM_DB</c> or <c>./fulcrum.duckdb</c> when such a file exists. Null when not
    /// needed or when there is none: what reads it then says "the event store is not open".
    /// </summary>
    public static DuckDbEventStore? OpenIfNeeded(CommandContext context, Option<string?> db, bool needed)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!needed) return null;
        var given = context.Value(db);
        var path = EventStoreSource.Resolve(given);
        if (string.IsNullOrWhiteSpace(given) && !File.Exists(path)) return null;
        var store = EventStoreSource.OpenForReading(context, db);
        context.Milestone($"reading the event store {store.Location}");
        return store;
    }
}
