using System.Text;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Weights.Internal;

/// <summary>
/// Writes a case's weighted copy without ever touching the case: the copy is refused when it names
/// the case's own file (through any symbolic link, and case-insensitively where the file system is),
/// and it is written to a temporary file beside it and then moved into place, so that even a hard
/// link to the case is replaced rather than written through.
/// </summary>
internal static class CopyFile
{
    private const int MaxLinks = 40;

    /// <summary>Whether the two paths name the same file once every symbolic link on the way is followed.</summary>
    public static bool Same(string a, string b) =>
        string.Equals(RealPath(a), RealPath(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/> by a move of a finished temporary file.</summary>
    public static Problem? Write(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.writing");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return Problem.About(Subjects.Output, $"cannot write {path}: {e.Message}", "check that the folder exists and can be written");
        }
    }

    /// <summary>The absolute path with every symbolic link among its components resolved.</summary>
    internal static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        if (depth > MaxLinks) return full;
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                next = RealPath(target.FullName, depth + 1);
            current = next;
        }
        return current;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the copy was not written, which the problem says.
        }
    }
}
