using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>Renders the weighted copy of a case: where it went and each weight replaced.</summary>
internal static class CopyView
{
    public static void Render(IAnsiConsole console, CaseCopy? copy)
    {
        if (copy is null) return;
        console.Line($"wrote {copy.Path}: a copy of {copy.From} with the weights from {copy.Weights.Source}");
        foreach (var e in copy.Written.Edits)
            console.Line($"  line {e.Line}: {e.Interest} weight {e.Before} -> {e.After}");
    }
}
