using System.CommandLine;
using Fulcrum.App;
using Fulcrum.Cli.Commands.Alarms;
using Fulcrum.Cli.Commands.Alignment;
using Fulcrum.Cli.Commands.Balance;
using Fulcrum.Cli.Commands.Bargain;
using Fulcrum.Cli.Commands.Brief;
using Fulcrum.Cli.Commands.Case;
using Fulcrum.Cli.Commands.Discover;
using Fulcrum.Cli.Commands.Dyad;
using Fulcrum.Cli.Commands.Examine;
using Fulcrum.Cli.Commands.Export;
using Fulcrum.Cli.Commands.Feeds;
using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Commands.Journal;
using Fulcrum.Cli.Commands.Rejects;
using Fulcrum.Cli.Commands.Replay;
using Fulcrum.Cli.Commands.Signposts;
using Fulcrum.Cli.Commands.Watch;
using Fulcrum.Cli.Commands.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Cli;

/// <summary>
/// The <c>fulcrum</c> command line: builds the command tree, runs one command line, and turns
/// every failure into an exit code and one readable message (a stack trace only with --verbose).
/// </summary>
public static class FulcrumCli
{
    public const string Description =
        "Fulcrum - decision support for a state balancing between great powers. It measures relations " +
        "from event data and UN votes, watches signposts, weighs policy options under uncertainty and " +
        "explains the result. With no case given, commands use the built-in case israel-2022.";

    /// <summary>Runs one command line and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliIO io, TimeProvider time) => RunAsync(args, io, time).GetAwaiter().GetResult();

    /// <summary>
    /// Runs one command line; <paramref name="cancellationToken"/> (Ctrl-C, SIGTERM) stops the work
    /// between steps. The composition root: the application services over the store engines (a file path:
    /// DuckDB; a clickhouse:// address: ClickHouse).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliIO io, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var app = Services(time, new DuckDbEventStoreFactory(time));
        var services = new CliServices(new GlobalOptions(), io, time, app);
        var root = Build(services);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0) return UsageError(parse, io);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = io.Out,
                Error = io.Error,
                EnableDefaultExceptionHandler = false,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            return ProblemOutput.Report(new CommandContext(parse, services.Globals, io, time, app, services.SubjectNames), e.Problems);
        }
        catch (EnvironmentFailureException e)
        {
            return ProblemOutput.Report(new CommandContext(parse, services.Globals, io, time, app, services.SubjectNames), [e.Problem], ExitCodes.Environment);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            io.Error.WriteLine("stopped: interrupted before the work was done (nothing half-written: each step is all or nothing)");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // the last line of defence: any bug becomes exit code 3 and a message
        catch (Exception e)
#pragma warning restore CA1031
        {
            io.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (parse.GetValue(services.Globals.Verbose)) io.Error.WriteLine(e.ToString());
            else io.Error.WriteLine("This is a bug in Fulcrum. Run again with --verbose for the stack trace and report it.");
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// The application services over the store engines: a file path goes to <paramref name="files"/>
    /// (DuckDB, opened per command; <c>serve</c> passes its <see cref="HeldDuckDbStores"/>), a
    /// clickhouse:// address to ClickHouse.
    /// </summary>
    internal static FulcrumServices Services(TimeProvider time, IEventStoreFactory files) =>
        new(new SchemeStoreFactory(files, (ClickHouseLocation.Scheme, new ClickHouseEventStoreFactory(time))), time, QuestionCacheFolder.Resolve());

    private static int UsageError(ParseResult parse, CliIO io)
    {
        var command = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Select(c => c.Name)
            .Append(parse.CommandResult.Command.Name).Skip(1).Prepend("fulcrum"));
        var errors = parse.Errors.Select(e => e.Message).ToList();
        // An unknown command says so first, by its name (System.CommandLine leads with "Required command was not provided").
        if (parse.CommandResult.Command is { Subcommands.Count: > 0 } group && parse.UnmatchedTokens.FirstOrDefault() is { } typed && !typed.StartsWith('-'))
        {
            var names = group.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            io.Error.WriteLine($"usage error: '{TerminalText.Safe(typed)}' is not a command of '{command}' — the commands are {string.Join(", ", names)}");
            errors.RemoveAll(e => e.Contains($"'{typed}'", StringComparison.Ordinal) || e == "Required command was not provided.");
        }
        foreach (var error in errors) io.Error.WriteLine($"usage error: {error}");
        io.Error.WriteLine($"Run '{command} --help' to see the commands and options.");
        return ExitCodes.Usage;
    }

    /// <summary>The command tree: one line per command group.</summary>
    public static RootCommand Build(CliServices services)
    {
        var root = new RootCommand(Description);
        services.Globals.AddTo(root);
        root.Subcommands.Add(CaseCommands.Create(services));
        root.Subcommands.Add(ExamineCommands.Create(services));
        root.Subcommands.Add(IngestCommand.Create(services));
        root.Subcommands.Add(RejectsCommand.Create(services));
        root.Subcommands.Add(DyadCommand.Create(services));
        root.Subcommands.Add(ExportCommand.Create(services));
        root.Subcommands.Add(AlarmsCommand.Create(services));
        root.Subcommands.Add(AlignmentCommand.Create(services));
        root.Subcommands.Add(SignpostsCommand.Create(services));
        root.Subcommands.Add(BalanceCommand.Create(services));
        root.Subcommands.Add(BargainCommand.Create(services));
        root.Subcommands.Add(DiscoverCommand.Create(services));
        root.Subcommands.Add(JournalCommands.Create(services));
        root.Subcommands.Add(OutcomeCommand.Create(services));
        root.Subcommands.Add(ReplayCommand.Create(services));
        root.Subcommands.Add(WeightsCommands.Create(services));
        root.Subcommands.Add(Commands.Serve.ServeCommand.Create(services));
        root.Subcommands.Add(FetchCommand.Create(services));
        root.Subcommands.Add(WatchCommand.Create(services));
        root.Subcommands.Add(BriefCommand.Create(services));
        return root;
    }
}
