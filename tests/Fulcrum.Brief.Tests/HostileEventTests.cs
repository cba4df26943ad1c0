using AngleSharp.Html.Parser;
using Fulcrum.Core.Evidence;
using Fulcrum.Detection;

namespace Fulcrum.Brief.Tests;

/// <summary>
/// Events are untrusted input: actor names and source URLs that carry markup, script links, quotes
/// and right-to-left overrides, put behind a signpost's alarm in a real brief, render as text only.
/// </summary>
public class HostileEventTests
{
    private static readonly EvidenceEvent[] Hostile =
    [
        Event(1, "<script>alert(1)</script>", "javascript:alert(1)"),
        Event(2, "\"><img src=x onerror=alert(2)>", "https://example.org/a?q=\"><script>alert(3)</script>"),
        Event(3, "\u202Egnp.exe 'Kremlin'", "data:text/html,<script>alert(4)</script>"),
        Event(4, "Ministry & Co", "JAVASCRIPT:alert(5)"),
    ];

    private static EvidenceEvent Event(long id, string actor, string url) =>
        new("gdelt2", id, new DateOnly(2021, 12, 1), "RUS", actor, "RUS", "ISR", "Israel", "ISR", "<b>042</b>", 1, -5, 3, -2.5, url);

    /// <summary>The built-in case's brief with <see cref="Hostile"/> as the events behind its first signpost's alarm.</summary>
    private static string Render()
    {
        var data = BriefFixture.Assemble();
        var report = data.Examination.Signposts!;
        var reading = report.Readings[0];
        var alarm = reading.Evidence.Alarm
            ?? new Alarm("ISR-RUS goldstein_sum", new DateOnly(2021, 12, 3), new DateOnly(2021, 12, 1), "cusum", Direction.Down, Meaning.Worsening, 5, 4, 0, 1, null, null, new AlarmEvidence([]));
        var hostile = reading with { Evidence = reading.Evidence with { Alarm = alarm with { Evidence = alarm.Evidence with { Events = Hostile } } } };
        var examination = data.Examination with { Signposts = report with { Readings = [hostile, .. report.Readings.Skip(1)] } };
        return BriefPage.Render(data with { Examination = examination });
    }

    [Fact]
    public void Render_HostileEvents_NoMarkupNoScriptOnlyTheHttpsLink()
    {
        var html = Render();
        var document = new HtmlParser().ParseDocument(html);
        var evidence = Assert.Single(document.QuerySelectorAll("ul.evidence"));

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed"));
        Assert.Empty(evidence.QuerySelectorAll("b"));
        var link = Assert.Single(evidence.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/a?q=%22%3E%3Cscript%3Ealert(3)%3C/script%3E", link.GetAttribute("href"));
        Assert.All(document.QuerySelectorAll("[href]"), a => Assert.False(a.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var text = evidence.TextContent;
        foreach (var e in Hostile) Assert.Contains(e.Actor1Name!, text, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(1)", text, StringComparison.Ordinal); // shown as text, not followed
        Assert.Contains("CAMEO <b>042</b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RightToLeftOverrideInAName_IsIsolatedInItsOwnElement()
    {
        var document = new HtmlParser().ParseDocument(Render());

        var isolated = document.QuerySelectorAll("ul.evidence bdi").Select(b => b.TextContent).ToList();

        Assert.Contains("\u202Egnp.exe 'Kremlin'", isolated);
        Assert.All(document.QuerySelectorAll("ul.evidence li"), li => Assert.All(li.ChildNodes.OfType<AngleSharp.Dom.IText>(),
            t => Assert.DoesNotContain('\u202E', t.Data)));
    }
}
