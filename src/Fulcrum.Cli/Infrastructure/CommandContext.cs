using System.CommandLine;
using Spectre.Console;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>What a command's action works with: its parsed values, the output streams, the clock.</summary>
public sealed class CommandContext
{
    public CommandContext(ParseResult parse, GlobalOptions globals, CliIO io, TimeProvider time)
    {
        Parse = parse;
        IO = io;
        Time = time;
        Json = parse.GetValue(globals.Json);
        Quiet = parse.GetValue(globals.Quiet);
        Verbose = parse.GetValue(globals.Verbose);
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Out),
            Ansi = io.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        Console.Profile.Width = io.Width;
    }

    public ParseResult Parse { get; }
    public CliIO IO { get; }
    public TimeProvider Time { get; }
    public bool Json { get; }
    public bool Quiet { get; }
    public bool Verbose { get; }

    /// <summary>Tables and text for people (not used with --json).</summary>
    public IAnsiConsole Console { get; }

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>Writes a result object as JSON to Out.</summary>
    public int WriteJson(object value)
    {
        IO.Out.WriteLine(JsonOutput.Serialize(value));
        return ExitCodes.Success;
    }

    /// <summary>A milestone line on Error, for long work, unless --quiet or --json.</summary>
    public void Milestone(string message)
    {
        if (!Quiet && !Json) IO.Error.WriteLine(message);
    }
}
