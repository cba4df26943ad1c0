namespace Fulcrum.Cli.Infrastructure;

/// <summary>The streams a CLI run talks to; tests pass string writers to run the CLI in-process.</summary>
/// <param name="Out">Results: tables, or JSON with --json.</param>
/// <param name="Error">Errors and progress milestones.</param>
/// <param name="IsTerminal">Whether Out is an interactive terminal (progress bars, colour, width).</param>
/// <param name="Width">Columns available for tables.</param>
public sealed record CliIO(TextWriter Out, TextWriter Error, bool IsTerminal, int Width = 120)
{
    /// <summary>Answers to interactive questions (stdin; tests pass a string reader). Empty by default.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Whether <see cref="In"/> is a terminal, which echoes what is typed (piped answers are echoed by the prompt instead).</summary>
    public bool InIsTerminal { get; init; }

    public static CliIO FromProcess()
    {
        var terminal = !Console.IsOutputRedirected;
        var width = terminal ? Math.Max(80, SafeWindowWidth()) : RedirectedWidth(Environment.GetEnvironmentVariable("COLUMNS"));
        return new CliIO(Console.Out, Console.Error, terminal, width) { In = Console.In, InIsTerminal = !Console.IsInputRedirected };
    }

    /// <summary>The width used when Out is a file or a pipe, which has none of its own.</summary>
    public const int DefaultRedirectedWidth = 160;

    /// <summary>
    /// The width of redirected output: <c>COLUMNS</c> when it is a whole number from 40 to 1000 (what
    /// the user's shell or <c>COLUMNS=200 fulcrum … &gt; out.txt</c> says), else <see cref="DefaultRedirectedWidth"/>,
    /// wide enough for every table of the founding case without wrapping.
    /// </summary>
    public static int RedirectedWidth(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c is >= 40 and <= 1000
            ? c : DefaultRedirectedWidth;

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
