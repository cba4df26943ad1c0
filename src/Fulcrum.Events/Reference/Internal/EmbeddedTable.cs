using System.Reflection;

namespace Fulcrum.Events.Reference.Internal;

/// <summary>Reads the reference files embedded from Reference/Data (see SOURCE.md there).</summary>
internal static class EmbeddedTable
{
    /// <summary>The lines of an embedded text file, without line ends.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var resource = "Fulcrum.Events.Reference." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Fulcrum.Events");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line.TrimEnd('\r');
    }

    /// <summary>The rows of a tab-separated file with a header row, fields trimmed, blank lines skipped.</summary>
    public static IEnumerable<string[]> Rows(string fileName) =>
        Lines(fileName).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t').Select(f => f.Trim()).ToArray());
}
