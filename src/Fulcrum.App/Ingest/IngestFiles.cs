using Fulcrum.Core.Problems;

namespace Fulcrum.App.Ingest;

/// <summary>
/// The files an ingest covers: files as given, and inside folders (recursively, in name order) every
/// file whose name looks like event data — .csv, .tsv, .tab or .txt, plain or with .gz or .zip.
/// </summary>
public static class IngestFiles
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".tab", ".txt"];

    public static Checked<IReadOnlyList<string>> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var problems = new List<Problem>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(LooksLikeEventData).Order(StringComparer.Ordinal));
            else problems.Add(new Problem(path, 0, 0, "no such file or folder", "check the path"));
        }
        return problems.Count > 0 ? Checked<IReadOnlyList<string>>.Failure(problems) : Checked<IReadOnlyList<string>>.Success(files);
    }

    private static bool LooksLikeEventData(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.StartsWith('.')) return false;
        if (name.EndsWith(".gz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal)) name = Path.GetFileNameWithoutExtension(name);
        return DataExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal));
    }
}
