using System.Text;
using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>What the first line of a file says about its format.</summary>
/// <param name="Parser">The parser for the file's rows.</param>
/// <param name="FirstLineIsHeader">Whether line 1 names the fields rather than holding an event.</param>
internal sealed record Sniffed(RowParser Parser, bool FirstLineIsHeader);

/// <summary>
/// Tells the format from the first line's content (never from the file name): an ICEWS header, or
/// the field count of a GDELT row (61 = 2.0; 58, or 57 before April 2013 = 1.0). A forced format
/// is taken as given; its rows then stand or fall on their own.
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
        var gdeltHeader = text.StartsWith("GLOBALEVENTID\t", StringComparison.OrdinalIgnoreCase);
        var icewsHeader = IcewsLayout.LooksLikeHeader(text);
        var format = forced ?? (icewsHeader ? EventFormat.Icews : fields == 61 ? EventFormat.Gdelt2 : fields is 57 or 58 ? EventFormat.Gdelt1 : null);
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
                var fields1 = fields == 57 ? GdeltLayout.Gdelt1NoUrl : GdeltLayout.Gdelt1;
                return Checked<Sniffed>.Success(new Sniffed(new GdeltRowParser(EventFormat.Gdelt1, fields1), gdeltHeader));
            default:
                return Fail(path, 1,
                    $"unrecognised format: {fields} tab-separated field{(fields == 1 ? "" : "s")}; GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61, and ICEWS files start with an 'Event ID<TAB>Event Date…' header",
                    "check the file is an event export (not GKG or mentions), or force a format with {format} (gdelt1, gdelt2 or icews)");
        }
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
