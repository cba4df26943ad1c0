using System.Globalization;
using Fulcrum.Core.Problems;

namespace Fulcrum.Feeds;

/// <summary>
/// A feed's list of files as read: the entries kept, and the lines that could not be read (each
/// located, with why). A bad line is reported and passed over, never a reason to stop: GDELT's
/// master list has held a few over the years.
/// </summary>
/// <param name="Source">Where the list came from (its URL).</param>
/// <param name="Entries">The entries kept, in the list's order.</param>
/// <param name="BadLines">The lines that are not <c>&lt;size&gt; &lt;md5&gt; &lt;url&gt;</c>.</param>
public sealed record FeedIndex(string Source, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<Problem> BadLines)
{
    /// <summary>Reads one line (1-based <paramref name="line"/>): an entry, null for a blank line, or the problem with it.</summary>
    public static (FeedEntry? Entry, Problem? Problem) ParseLine(string text, string source, int line, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Problem Bad(int column, string message, string hint) => new(source, line, column, message, hint);
        if (parts.Length != 3)
            return (null, Bad(0, $"expected three fields (size, MD5, URL), found {parts.Length}", "each line is <size> <md5> <url>, as GDELT's lastupdate.txt"));
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            return (null, Bad(1, $"size '{parts[0]}' is not a whole number of bytes", "the first field is the file's length in bytes"));
        var md5 = parts[1].ToLowerInvariant();
        if (md5.Length != 32 || !md5.All(char.IsAsciiHexDigit))
            return (null, Bad(text.IndexOf(parts[1], StringComparison.Ordinal) + 1, $"MD5 '{parts[1]}' is not 32 hex digits", "the second field is the file's MD5"));
        var column = text.LastIndexOf(parts[2], StringComparison.Ordinal) + 1;
        if (!Uri.TryCreate(baseUrl, parts[2], out var url) || url.Scheme is not ("http" or "https" or "file"))
            return (null, Bad(column, $"'{parts[2]}' is not an http, https or file URL", "the third field is where to download the file"));
        var entry = new FeedEntry(size, md5, url);
        if (!SafeName(entry.Name))
            return (null, Bad(column, $"the file name '{entry.Name}' is not a plain file name", "a feed's files are named like 20220317190000.export.CSV.zip"));
        return (entry, null);
    }

    /// <summary>Reads a whole list's text.</summary>
    public static FeedIndex Parse(string text, string source, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<FeedEntry>();
        var bad = new List<Problem>();
        var n = 0;
        foreach (var line in text.Split('\n'))
        {
            var (entry, problem) = ParseLine(line.TrimEnd('\r'), source, ++n, baseUrl);
            if (entry is not null) entries.Add(entry);
            if (problem is not null) bad.Add(problem);
        }
        return new FeedIndex(source, entries, bad);
    }

    /// <summary>Letters, digits, '.', '-' and '_', not starting with '.': nothing that leaves the folder or hides in it.</summary>
    private static bool SafeName(string name) =>
        name.Length is > 0 and <= 255 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
