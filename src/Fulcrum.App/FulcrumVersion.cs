using System.Reflection;

namespace Fulcrum.App;

/// <summary>The version of Fulcrum, as every result and journal entry records it.</summary>
public static class FulcrumVersion
{
    /// <summary>The product version (<c>0.1.0</c>), from the build.</summary>
    public static string Text { get; } =
        typeof(FulcrumVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(FulcrumVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
