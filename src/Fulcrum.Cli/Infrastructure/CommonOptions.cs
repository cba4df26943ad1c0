using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Cases;
using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>The options the case and event commands share, and how their values become requests.</summary>
public static class CommonOptions
{
    /// <summary>The environment variable that names the default store.</summary>
    public const string StoreVariable = "FULCRUM_DB";

    public const string DefaultStore = "fulcrum.duckdb";

    public static Option<string?> Case() => new("--case")
    {
        HelpName = "FILE",
        Description = "The case file (*.fulcrum.yaml) or builtin:NAME; default: the built-in case israel-2022",
    };

    public static Option<string?> Store(string? description = null) => new("--db")
    {
        Description = description ?? $"The event store (a DuckDB file or clickhouse://HOST:PORT/DB); default ${StoreVariable}, else ./{DefaultStore}",
        HelpName = "PATH",
    };

    public static Option<DateOnly?> AsOf(string description) => new("--as-of") { HelpName = "DATE", Description = description };

    public static Option<string[]> Sources() => new("--source")
    {
        HelpName = "NAME=FILE",
        Description = "For this run, read FILE wherever the case reads the series source NAME (e.g. builtin:gdelt-dyads=dyads-2022.csv); repeat for several",
    };

    /// <summary>The store location: --db, else $FULCRUM_DB, else ./fulcrum.duckdb.</summary>
    public static string StoreLocation(CommandContext context, Option<string?> db)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ResolveStore(context.Value(db));
    }

    /// <summary>The store location for a --db value: itself, else $FULCRUM_DB, else ./fulcrum.duckdb.</summary>
    public static string ResolveStore(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given;
        var env = Environment.GetEnvironmentVariable(StoreVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultStore : env;
    }

    /// <summary>The store a case reads: named with --db (must open), or the default (read only when it exists).</summary>
    public static StoreRef StoreRef(CommandContext context, Option<string?> db) =>
        new(StoreLocation(context, db), !string.IsNullOrWhiteSpace(context.Value(db)));

    /// <summary>The case, store, as-of date and bindings of a case command.</summary>
    public static CaseScope Scope(CommandContext context, Option<string?> caseOption, Option<string?> db, Option<DateOnly?>? asOf, Option<string[]>? sources)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bindings = new List<SourceBinding>();
        var problems = new List<Problem>();
        foreach (var text in sources is null ? [] : context.Value(sources) ?? [])
        {
            var binding = SourceBinding.Parse(text);
            if (binding.Value is { } b) bindings.Add(b);
            else problems.AddRange(binding.Problems);
        }
        if (problems.Count > 0) throw new InputException(problems);
        return new CaseScope(CaseRef.Parse(context.Value(caseOption)), StoreRef(context, db), asOf is null ? null : context.Value(asOf)) { Sources = bindings };
    }

    /// <summary>A date option's value, strictly YYYY-MM-DD, or a problem naming the option.</summary>
    public static DateOnly? Date(CommandContext context, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(option);
        if (context.Value(option) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new InputException(new Problem(option.Name, 0, 0, $"'{text}' is not a date", "write dates as YYYY-MM-DD, e.g. 2022-01-05"));
    }
}
