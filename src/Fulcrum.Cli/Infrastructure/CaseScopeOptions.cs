using System.CommandLine;
using Fulcrum.App.Cases;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// The options that say which case a command judges and on what data — <c>--case</c>, <c>--db</c>,
/// <c>--as-of</c> (for commands that judge as of a date) and <c>--source</c> — declared once for
/// every case command, and the request scope they give.
/// </summary>
public sealed class CaseScopeOptions
{
    /// <param name="store">What the command does with the event store (the --db description).</param>
    /// <param name="asOf">What --as-of means for the command; null: the command has no --as-of.</param>
    public CaseScopeOptions(string store, string? asOf)
    {
        Store = CommonOptions.Store(store);
        AsOf = asOf is null ? null : CommonOptions.AsOf(asOf);
    }

    public Option<string?> Case { get; } = CommonOptions.Case();

    public Option<string?> Store { get; }

    public Option<DateOnly?>? AsOf { get; }

    public Option<string[]> Sources { get; } = CommonOptions.Sources();

    /// <summary>The case, store, as-of date and source bindings given.</summary>
    public CaseScope Scope(CommandContext context) => CommonOptions.Scope(context, Case, Store, AsOf, Sources);

    /// <summary>The store location given: --db, else $FULCRUM_DB, else ./fulcrum.duckdb.</summary>
    public string StoreLocation(CommandContext context) => CommonOptions.StoreLocation(context, Store);

    /// <summary>Whether --db was given.</summary>
    public bool StoreNamed(CommandContext context) => !string.IsNullOrWhiteSpace(context?.Value(Store));
}
