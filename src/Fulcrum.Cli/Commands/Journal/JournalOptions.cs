using System.CommandLine;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary>The options the journal commands share.</summary>
internal static class JournalOptions
{
    public static Option<string?> Case() => new("--case")
    {
        HelpName = "ID|FILE",
        Description = "Only this case's entries: its id (israel-2022), builtin:NAME, or the case file",
    };

    public static Option<string?> Store() =>
        CommonOptions.Store($"The event store that keeps the journal (a DuckDB file or clickhouse://HOST:PORT/DB); default ${CommonOptions.StoreVariable}, else ./{CommonOptions.DefaultStore}");

    public static Argument<long> Id(string name, string description) => new(name) { Description = description };
}
