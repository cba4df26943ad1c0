using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.App.Cases;

/// <summary>Which case a request is about: a built-in case by name, or a case file by path.</summary>
public sealed record CaseRef
{
    private CaseRef(string? builtIn, string? file) => (BuiltIn, File) = (builtIn, file);

    /// <summary>The built-in case's name (<c>israel-2022</c>), or null for a file.</summary>
    public string? BuiltIn { get; }

    /// <summary>The case file's path as given, or null for a built-in case.</summary>
    public string? File { get; }

    /// <summary>The built-in case run when none is given.</summary>
    public static CaseRef Default { get; } = Named(BuiltInCases.Default);

    public static CaseRef Named(string builtIn) => new(builtIn, null);

    public static CaseRef AtPath(string file) => new(null, file);

    /// <summary>A case as a user writes it: nothing (the default), <c>builtin:NAME</c>, or a path.</summary>
    public static CaseRef Parse(string? text) => string.IsNullOrEmpty(text)
        ? Default
        : BuiltInName.Of(text) is { } name ? Named(name) : AtPath(text);

    /// <summary>How results name the case's origin: <c>builtin:israel-2022</c>, or the path as given.</summary>
    public string Origin => BuiltIn is { } name ? BuiltInName.For(name) : File!;

    public override string ToString() => Origin;
}
