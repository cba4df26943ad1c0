namespace Fulcrum.Feeds;

/// <summary>
/// Where a feed is: a local folder of files, or a list on a server or disk — either a list itself
/// (a URL ending in <c>.txt</c>: <c>…/lastupdate.txt</c>, <c>…/masterfilelist.txt</c>) or the
/// folder URL that holds GDELT's two lists (<c>http://data.gdeltproject.org/gdeltv2/</c>).
/// </summary>
public sealed record FeedLocation
{
    private FeedLocation(string? folder, Uri? url) => (Folder, Url) = (folder, url);

    /// <summary>A local folder whose event files are the feed (null for a list).</summary>
    public string? Folder { get; }

    /// <summary>The list's URL, or the folder URL holding the lists (null for a local folder).</summary>
    public Uri? Url { get; }

    /// <summary>The list of the newest files: the URL itself when it names a list, else its <c>lastupdate.txt</c>.</summary>
    public Uri? Latest => List("lastupdate.txt");

    /// <summary>The list of every file: the URL itself when it names a list, else its <c>masterfilelist.txt</c>.</summary>
    public Uri? History => List("masterfilelist.txt");

    /// <summary>A URL (http, https, file) or a local path: a folder, or a list file (<c>*.txt</c>). Null when it is neither.</summary>
    public static FeedLocation? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("://", StringComparison.Ordinal))
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "file" ? new FeedLocation(null, url) : null;
        if (Directory.Exists(text)) return new FeedLocation(text, null);
        return File.Exists(text) ? new FeedLocation(null, new Uri(Path.GetFullPath(text))) : null;
    }

    public override string ToString() => Folder ?? Url!.ToString();

    private Uri? List(string name)
    {
        if (Url is not { } url) return null;
        if (url.AbsolutePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return url;
        var folder = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        return new Uri(folder, name);
    }
}
