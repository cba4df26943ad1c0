using System.Globalization;

namespace Fulcrum.Feeds;

/// <summary>
/// One file a feed lists: its size in bytes, its MD5 (lower-case hex) and where to get it, as a
/// line of GDELT's <c>lastupdate.txt</c> or <c>masterfilelist.txt</c> gives them.
/// </summary>
/// <param name="Size">The file's length in bytes.</param>
/// <param name="Md5">Its MD5, 32 lower-case hex digits.</param>
/// <param name="Url">Where to download it (http, https or file).</param>
public sealed record FeedEntry(long Size, string Md5, Uri Url)
{
    /// <summary>The file's name: the last segment of its URL (checked safe to write into a folder when the list is read).</summary>
    public string Name => Uri.UnescapeDataString(Url.Segments[^1]);

    /// <summary>
    /// When the file's data were published, from the digits its name starts with: 14 (<c>20220317190000</c>,
    /// GDELT 2.0's 15-minute files) or 8 (<c>20130401</c>, GDELT 1.0's daily files); null for another name.
    /// </summary>
    public DateTime? Stamp => StampOf(Name);

    /// <summary>How often files of this name's kind come: 15 minutes for 14-digit stamps, a day for 8-digit ones.</summary>
    public TimeSpan? Cadence => CadenceOf(Name);

    /// <summary>Whether it is an event export (<c>….export.CSV.zip</c>), the files a store ingests (not mentions or GKG).</summary>
    public bool IsExport => Name.Contains(".export.", StringComparison.OrdinalIgnoreCase);

    /// <summary>The stamp at the start of a file name, as <see cref="Stamp"/>.</summary>
    public static DateTime? StampOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        var format = digits switch { 14 => "yyyyMMddHHmmss", 8 => "yyyyMMdd", _ => null };
        if (format is null || (name.Length > digits && name[digits] != '.')) return null;
        return DateTime.TryParseExact(name[..digits], format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? t : null;
    }

    /// <summary>The cadence of a file name's kind, as <see cref="Cadence"/>.</summary>
    public static TimeSpan? CadenceOf(string name) => StampOf(name) is null ? null
        : name.TakeWhile(char.IsAsciiDigit).Count() == 14 ? TimeSpan.FromMinutes(15) : TimeSpan.FromDays(1);
}
