using System.Reflection;

namespace Fulcrum.Scenario.BuiltIn;

/// <summary>The cases shipped inside the program (embedded resources under BuiltIn/Data).</summary>
public static class BuiltInCases
{
    /// <summary>The case run when none is given: Israel between the US and Russia, January 2022.</summary>
    public const string Default = "israel-2022";

    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.EndsWith(".fulcrum.yaml", StringComparison.Ordinal))
            .Select(n => n["Fulcrum.Scenario.BuiltIn.".Length..^".fulcrum.yaml".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>How problems and reports name a built-in case: <c>built-in:israel-2022</c>.</summary>
    public static string DisplayName(string name) => $"built-in:{name}";

    /// <summary>The YAML text of a built-in case, exactly as shipped (comments included), or null.</summary>
    public static string? Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fulcrum.Scenario.BuiltIn.{name}.fulcrum.yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
