using Fulcrum.App.Cases;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Case;

/// <summary>Where a case command's case comes from: a file, <c>builtin:NAME</c>, or the built-in default.</summary>
public static class CaseSource
{
    /// <summary>The loaded case, or an <see cref="Core.Problems.InputException"/> carrying every problem.</summary>
    public static LoadedCase LoadOrThrow(CommandContext context, string? fileOrBuiltIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CommandContext.Require(context.App.Cases.Load(CaseRef.Parse(fileOrBuiltIn)));
    }
}
