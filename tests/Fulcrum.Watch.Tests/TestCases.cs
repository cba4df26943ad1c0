using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Watch.Tests;

/// <summary>Case files for tests: the founding case with other signposts or relations, written to a temporary folder.</summary>
internal sealed class TestCases : IDisposable
{
    public TestCases() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"fulcrum-watch-{Guid.NewGuid():N}");

    /// <summary>The founding case with <paramref name="signposts"/> (YAML list items) added after its own; optionally other relations.</summary>
    public static string Text(string signposts, string? relations = null)
    {
        var text = BuiltInCases.Text(BuiltInCases.Default)!.TrimEnd() + "\n" + signposts;
        if (relations is not null)
        {
            var r = text.IndexOf("\nrelations:", StringComparison.Ordinal);
            var end = text.IndexOf("\n\n", r, StringComparison.Ordinal);
            text = text[..r] + "\nrelations:\n" + relations + text[end..];
        }
        return text;
    }

    /// <summary>Writes a file into the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
