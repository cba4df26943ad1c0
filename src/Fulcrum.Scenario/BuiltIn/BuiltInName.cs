namespace Fulcrum.Scenario.BuiltIn;

/// <summary>
/// <c>builtin:NAME</c>: how a case, a series or a command names something shipped inside the
/// program rather than a file. The one place that spelling is parsed.
/// </summary>
public static class BuiltInName
{
    public const string Prefix = "builtin:";

    /// <summary>Whether <paramref name="text"/> names a built-in thing (<c>builtin:…</c>).</summary>
    public static bool Is(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The NAME of <c>builtin:NAME</c>, or null when <paramref name="text"/> is not one.</summary>
    public static string? Of(string? text) => Is(text) ? text![Prefix.Length..] : null;

    /// <summary><c>builtin:NAME</c>.</summary>
    public static string For(string name) => Prefix + name;
}
