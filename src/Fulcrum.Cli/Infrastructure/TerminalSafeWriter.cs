using System.Text;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>A writer that makes everything written through it terminal-safe (see <see cref="TerminalSafe"/>): the CLI's plain output and error lines.</summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(TerminalSafe.Text(value.ToString()));

    public override void Write(string? value) => inner.Write(TerminalSafe.Text(value));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalSafe.Text(value));

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();
}
