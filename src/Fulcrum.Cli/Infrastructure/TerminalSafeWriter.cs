using System.Text;
using Fulcrum.Core.Text;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>A writer that makes everything written through it terminal-safe (see <see cref="TerminalText"/>): the CLI's plain output and error lines.</summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    // A surrogate arrives alone when a pair is written char by char: pass it on whole, as the pair it belongs to.
    public override void Write(char value) { if (char.IsSurrogate(value)) inner.Write(value); else inner.Write(TerminalText.Safe(value.ToString())); }

    public override void Write(string? value) => inner.Write(TerminalText.Safe(value));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Safe(value));

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();
}
