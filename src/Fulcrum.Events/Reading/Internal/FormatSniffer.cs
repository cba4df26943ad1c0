using System.Text;
using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>What the first line of a file says about its format.</summary>
/// <param name="Parser">The parser for the file's rows.</param>
/// <param name="FirstLineIsHeader">Whether line 1 names the fields rather than holding an event.</param>
internal sealed record Sniffed(RowParser Parser, bool FirstLineIsHeader);

/// <summary>
/// Tells the format from the first line's content (never from the file name): an ICEWS header, a
/// header row naming GDELT's fields (<see cref="HeaderLayout"/>; exactly GDELT's own 61, 58 or 57 in
/// order, tab-separated, is the native format with its header), or the field count of a GDELT row
/// (61 = 2.0; 58, or 57 before April 2013 = 1.0). A forced format is taken as given; its rows then
/// stand or fall on their own.
/// </summary>
internal static class FormatSniffer
{
    public static Checked<Sniffed> Sniff(string path, ReadOnlySpan<byte> firstLine, EventFormat? forced)
    {
        var text = Encoding.UTF8.GetString(firstLine.Length > 4096 ? firstLine[..4096] : firstLine);
        if (LooksLikeHtml(text))
            return Fail(path, 1, "this is a web page (HTML or XML), not event data: a failed download saved under the data file's name?",
                "download the file again and check it is the tab-separated export");
        var fields = firstLine.Count((byte)'\t') + 1;
        var icewsHeader = IcewsLayout.LooksLikeHeader(text);
        // A row of GDELT's own export starts with its numeric event id: never a header, whatever its names look like.
        var nativeRow = fields is 57 or 58 or 61 && Utf8Fields.IsDigits(firstLine[..Math.Max(0, firstLine.IndexOf((byte)'\t'))]);
        var best = icewsHeader || nativeRow ? null : HeaderMatch.Best(firstLine);
        // One name alone (a mentions file's GLOBALEVENTID) does not make a header of event fields.
        var header = best is { Recognised: >= 2 } || forced == EventFormat.GdeltCsv ? best : null;
        var native = header is null ? null : NativeLayout(header);
        var format = forced ?? (icewsHeader ? EventFormat.Icews
            : native is { } n ? (n.Count == 61 ? EventFormat.Gdelt2 : EventFormat.Gdelt1)
            : header is not null ? EventFormat.GdeltCsv
            : fields == 61 ? EventFormat.Gdelt2 : fields is 57 or 58 ? EventFormat.Gdelt1 : null);
        var gdeltHeader = text.StartsWith("GLOBALEVENTID\t", StringComparison.OrdinalIgnoreCase);
        switch (format)
        {
            case EventFormat.Icews:
                if (!icewsHeader)
                    return Fail(path, 1, "an ICEWS file starts with a header row ('Event ID<TAB>Event Date<TAB>…'); line 1 is not one",
                        "check the file, or let the format be detected rather than forced");
                var layout = IcewsLayout.FromHeader(path, text);
                return layout.Ok
                    ? Checked<Sniffed>.Success(new Sniffed(new IcewsRowParser(layout.Value!), true))
                    : Checked<Sniffed>.Failure(layout.Problems);
            case EventFormat.Gdelt2:
                return Checked<Sniffed>.Success(new Sniffed(new GdeltRowParser(EventFormat.Gdelt2, GdeltLayout.Gdelt2), gdeltHeader));
            case EventFormat.Gdelt1:
                var fields1 = (native?.Count ?? fields) == 57 ? GdeltLayout.Gdelt1NoUrl : GdeltLayout.Gdelt1;
                return Checked<Sniffed>.Success(new Sniffed(new GdeltRowParser(EventFormat.Gdelt1, fields1), gdeltHeader));
            case EventFormat.GdeltCsv:
                return HeaderFile(path, header);
            default:
                return Fail(path, 1,
                    $"unrecognised format: {fields} tab-separated field{(fields == 1 ? "" : "s")}; GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61, ICEWS files start with an 'Event ID<TAB>Event Date…' header, " +
                    "and a file with a header row names GDELT's fields (GLOBALEVENTID, SQLDATE, …, or Global_Event_ID, Day, …)" +
                    (best is { } h ? $"; line 1 names {Names(h.Names.Where((_, i) => h.Fields[i] is not null))} only" : ""),
                    "check the file is an event export (not GKG or mentions), or force a format with {format} (gdelt1, gdelt2, icews or gdelt-csv)");
        }
    }

    /// <summary>The native layout a tab-separated header names exactly, in order (GDELT's own header row), or null.</summary>
    private static IReadOnlyList<GdeltField>? NativeLayout(HeaderMatch header)
    {
        if (header.Delimiter != '\t' || header.Layout != HeaderLayout.Gdelt) return null;
        var layout = GdeltLayout.ForFieldCount(header.Names.Length);
        return layout is not null && layout.Select(f => f.Name).SequenceEqual(header.Names, StringComparer.OrdinalIgnoreCase) ? layout : null;
    }

    /// <summary>A file with a header row: the fields it names, or what the closest layout lacks.</summary>
    private static Checked<Sniffed> HeaderFile(string path, HeaderMatch? header)
    {
        if (header is null)
            return Fail(path, 1, "line 1 is not a header row naming GDELT's fields (GLOBALEVENTID, SQLDATE, …, or Global_Event_ID, Day, …)",
                "a gdelt-csv file starts with a header row; check the file, or let the format be detected rather than forced");
        if (header.Repeated() is var (first, second))
            return Fail(path, 1, $"the header names {header.Fields[first]!.Name} twice: column {first + 1} ('{header.Names[first]}') and column {second + 1} ('{header.Names[second]}')",
                "keep one of the two columns");
        if (header.Missing is { Count: > 0 } missing)
        {
            var delimiter = header.Delimiter switch { (byte)',' => "comma", (byte)'\t' => "tab", _ => "semicolon" };
            return Fail(path, 1,
                $"a header row of GDELT fields, but not the fields an event file needs: the closest layout, {header.Layout.Label}, " +
                $"lacks {string.Join("; ", missing)} (line 1: {header.Names.Length} {delimiter}-separated names, {header.Recognised} of them GDELT's: {Names(header.Names.Where((_, i) => header.Fields[i] is not null))})",
                "an event file with a header needs an event id, a date or month, both actors' country codes and an event code or quad class " +
                "(GLOBALEVENTID, SQLDATE or MonthYear, Actor1CountryCode, Actor2CountryCode, EventCode or QuadClass); counts per month or per dyad are aggregates, not events");
        }
        return Checked<Sniffed>.Success(new Sniffed(new HeaderRowParser(header), true));
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 8 ? string.Join(", ", list) : string.Join(", ", list.Take(8)) + $", … ({list.Count - 8} more)";
    }

    private static bool LooksLikeHtml(string text)
    {
        var t = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return t.StartsWith('<') && (t.Contains("<html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<head", StringComparison.OrdinalIgnoreCase));
    }

    private static Checked<Sniffed> Fail(string path, int line, string message, string hint) =>
        Checked<Sniffed>.Failure([new Problem(path, line, 0, message, hint)]);
}
