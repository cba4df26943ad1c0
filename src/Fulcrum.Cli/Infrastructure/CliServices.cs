using System.CommandLine;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>What every command needs to build its action: the global options, the streams, the clock.</summary>
public sealed record CliServices(GlobalOptions Globals, CliIO IO, TimeProvider Time)
{
    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="handler"/> with a fresh context.</summary>
    public Command WithAction(Command command, Func<CommandContext, int> handler)
    {
        command.SetAction(parse => handler(new CommandContext(parse, Globals, IO, Time)));
        return command;
    }
}
