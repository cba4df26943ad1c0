using Fulcrum.Core.Text;
using Spectre.Console;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>Text from data on its way into a table or a line: made terminal-safe, then escaped for Spectre's markup.</summary>
public static class CliText
{
    /// <summary>Data text for Spectre markup (table cells, markup lines): control and bidi characters made visible, brackets escaped.</summary>
    public static string Escape(string? text) => Markup.Escape(TerminalText.Safe(text));

    /// <summary>Writes a plain line (not markup) with any data in it made terminal-safe.</summary>
    public static void Line(this IAnsiConsole console, string text = "")
    {
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine(TerminalText.Safe(text));
    }
}
