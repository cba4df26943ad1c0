using System.CommandLine;
using Fulcrum.App;
using Fulcrum.App.Contracts;
using Fulcrum.Core.Problems;
using Spectre.Console;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>What a command's action works with: its parsed values, the output streams, the clock, the application services.</summary>
public sealed class CommandContext
{
    public CommandContext(ParseResult parse, GlobalOptions globals, CliIO io, TimeProvider time, FulcrumServices app, Dictionary<string, string>? subjectNames = null)
    {
        Parse = parse;
        IO = io;
        Out = new TerminalSafeWriter(io.Out);
        Error = new TerminalSafeWriter(io.Error);
        Time = time;
        App = app;
        SubjectNames = subjectNames ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Json = parse.GetValue(globals.Json);
        Quiet = parse.GetValue(globals.Quiet);
        Verbose = parse.GetValue(globals.Verbose);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Out),
            Ansi = io.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = io.Width;
        Console = io.IsTerminal ? console : new UnbrokenConsole(console);
    }

    public ParseResult Parse { get; }
    public CliIO IO { get; }

    /// <summary>Results as plain lines (CSV, JSON, messages), made terminal-safe.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors and milestones, made terminal-safe.</summary>
    public TextWriter Error { get; }
    public TimeProvider Time { get; }
    public FulcrumServices App { get; }
    public bool Json { get; }
    public bool Quiet { get; }
    public bool Verbose { get; }

    /// <summary>Tables and text for people (not used with --json).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>How this command names a problem's subject when it differs from the usual flag (the dyad command's A and B).</summary>
    public Dictionary<string, string> SubjectNames { get; }

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>The value of a checked result, or the problems thrown for the shell to report (exit code 2).</summary>
    public static T Require<T>(Checked<T> result) where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ValueOrThrow();
    }

    /// <summary>Writes a contract record as JSON to Out.</summary>
    public int WriteJson<T>(T value) where T : class
    {
        Out.WriteLine(ContractJson.Serialize(value));
        return ExitCodes.Success;
    }

    /// <summary>A milestone line on Error, for long work, unless --quiet or --json.</summary>
    public void Milestone(string message)
    {
        if (!Quiet && !Json) Error.WriteLine(message);
    }

    /// <summary>Milestones from a service.</summary>
    public IProgress<string> Milestones => new Relay(Milestone);

    private sealed class Relay(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
