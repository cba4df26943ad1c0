using System.Globalization;
using System.Net;
using System.Text;

namespace Fulcrum.Brief.Internal;

/// <summary>
/// Writes the page. Every text goes through <see cref="Text"/> (HTML-encoded): data are untrusted
/// (actor names, URLs, case text); only <see cref="Raw"/> takes markup, and only the page's own
/// markup and the charts' SVG reach it.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _b = new();

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public Html Raw(string markup)
    {
        _b.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        _b.Append(Encode(text));
        return this;
    }

    /// <summary>An element holding encoded text: <c>&lt;tag class=…&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        _b.Append('<').Append(tag);
        if (cssClass is not null) _b.Append(" class=\"").Append(cssClass).Append('"');
        _b.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A link when the address is http(s), else the address as text: a <c>javascript:</c> address never becomes a link.</summary>
    /// <remarks>The text of a refused address names it, so that a reader sees what the data said.</remarks>
    public Html Link(string? url, string? text = null)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
            _b.Append("<a rel=\"noreferrer\" href=\"").Append(Encode(u.AbsoluteUri)).Append("\">").Append(Encode(text ?? url)).Append("</a>");
        else _b.Append(Encode(text is null || url is null ? text ?? url ?? "" : $"{text} (not a web address: {url})"));
        return this;
    }

    /// <summary>A table of encoded cells, with a header row.</summary>
    public Html Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        _b.Append("<table>");
        if (caption is not null) _b.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        _b.Append("<thead><tr>");
        foreach (var h in header) _b.Append("<th>").Append(Encode(h)).Append("</th>");
        _b.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _b.Append("<tr>");
            foreach (var cell in row) _b.Append("<td>").Append(Encode(cell)).Append("</td>");
            _b.Append("</tr>\n");
        }
        _b.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>A chart: its inline SVG and a caption saying how to read it.</summary>
    public Html Figure(string id, string svg, string caption)
    {
        _b.Append("<figure class=\"chart\" id=\"chart-").Append(Encode(id)).Append("\">").Append(Svg.Renumber("chart-" + id, svg))
            .Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    public override string ToString() => _b.ToString();

    public static string N(double x, string format) => double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);

    public static string N(double? x, string format) => x is { } v ? N(v, format) : "-";

    public static string D(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
}
