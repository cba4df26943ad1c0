using System.CommandLine;
using Fulcrum.App;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>What every command needs to build its action: the global options, the streams, the clock, the application services.</summary>
public sealed record CliServices(GlobalOptions Globals, CliIO IO, TimeProvider Time, FulcrumServices App)
{
    /// <summary>How the running command names problem subjects it words differently from the usual flags (shared with the shell's error handler).</summary>
    public Dictionary<string, string> SubjectNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="handler"/> with a fresh context.</summary>
    public Command WithAction(Command command, Func<CommandContext, CancellationToken, Task<int>> handler)
    {
        command.SetAction((parse, cancellationToken) => handler(new CommandContext(parse, Globals, IO, Time, App, SubjectNames), cancellationToken));
        return command;
    }

    /// <summary>As <see cref="WithAction(Command, Func{CommandContext, CancellationToken, Task{int}})"/>, for a command with no asynchronous work.</summary>
    public Command WithAction(Command command, Func<CommandContext, int> handler)
    {
        command.SetAction(parse => handler(new CommandContext(parse, Globals, IO, Time, App, SubjectNames)));
        return command;
    }
}
