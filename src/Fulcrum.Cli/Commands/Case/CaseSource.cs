using Fulcrum.Core.Problems;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Cli.Commands.Case;

/// <summary>Where a command's case comes from: a file, <c>builtin:NAME</c>, or the built-in default.</summary>
public static class CaseSource
{
    public static Checked<Scenario.Model.Case> Load(string? fileOrBuiltIn) => fileOrBuiltIn switch
    {
        null or "" => CaseLoader.LoadBuiltIn(BuiltInCases.Default),
        _ when fileOrBuiltIn.StartsWith("builtin:", StringComparison.Ordinal) => CaseLoader.LoadBuiltIn(fileOrBuiltIn["builtin:".Length..]),
        _ => CaseLoader.LoadFile(fileOrBuiltIn),
    };

    /// <summary>The loaded case, or an <see cref="InputException"/> carrying every problem.</summary>
    public static Scenario.Model.Case LoadOrThrow(string? fileOrBuiltIn)
    {
        return Load(fileOrBuiltIn).ValueOrThrow();
    }
}
