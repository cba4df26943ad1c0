using Spectre.Console;
using Spectre.Console.Rendering;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// The console for redirected output: a table or panel whose narrowest rendering (every column at
/// its longest word: a date, a number, an id) is wider than the width is written at its natural
/// width (no cell wrapped) instead of squeezed to the width, which would break a date or a number across lines. A file
/// or a pipe has no edge to overflow; a terminal keeps its width (the user can widen the window).
/// Everything else is the wrapped console's.
/// </summary>
internal sealed class UnbrokenConsole(IAnsiConsole inner) : IAnsiConsole
{
    private const int MaxWidth = 1000;

    public Profile Profile => inner.Profile;
    public IAnsiConsoleCursor Cursor => inner.Cursor;
    public IAnsiConsoleInput Input => inner.Input;
    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;
    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    public void Write(IRenderable renderable)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        var width = Profile.Width;
        var measured = renderable.Measure(RenderOptions.Create(inner, Profile.Capabilities), MaxWidth);
        if (measured.Min <= width)
        {
            inner.Write(renderable);
            return;
        }
        // At exactly its narrowest, Spectre's proportional shrinking still splits a word; at its natural width nothing wraps.
        Profile.Width = Math.Min(MaxWidth, measured.Max);
        try
        {
            inner.Write(renderable);
        }
        finally
        {
            Profile.Width = width;
        }
    }
}
