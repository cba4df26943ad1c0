using Fulcrum.App.Brief;
using Fulcrum.Brief.Internal;
using Fulcrum.Decision;

namespace Fulcrum.Brief;

/// <summary>
/// The brief as one self-contained HTML page: no script, no external reference, every chart an
/// inline SVG drawn by ScottPlot, every text from data HTML-encoded. The same data give the same
/// page byte for byte (its only clock is the examination's own time).
/// </summary>
public static class BriefPage
{
    public static string Render(BriefData brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var e = brief.Examination;
        var (c, a) = (e.Case.Case, e.Appraisal);
        var h = new Html();
        h.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", $"Brief: {c.Title}")
            .Raw("<style>").Raw(Style.Css).Raw("</style></head>\n<body>\n");
        h.Element("h1", c.Title);
        h.Element("p", $"Case {c.Id}, as of {Html.D(e.Identity.AsOf)}.", "meta");
        Top(h, brief);
        WatchSections.Balance(h, brief);
        WatchSections.Signposts(h, e);
        DecisionSections.Options(h, c, a);
        QuestionSections.Questions(h, e.Questions);
        DecisionSections.Sensitivity(h, a);
        WatchSections.Journal(h, brief.Journal);
        WatchSections.Data(h, brief, brief.Read ?? e.Identity.Data);
        h.Raw("</body></html>\n");
        return h.ToString();
    }

    /// <summary>The recommendation and its reason, then what changed since the case's last journal entry.</summary>
    private static void Top(Html h, BriefData brief)
    {
        var e = brief.Examination;
        var a = e.Appraisal;
        var r = a.Recommendation;
        var option = a.Options.First(o => o.Id == r.Option);
        var heading = r.Status == RecommendationStatus.NoneAdmissible ? "No admissible option; the least breaching is" : "Recommendation:";
        h.Raw("<section class=\"recommendation\" id=\"recommendation\">")
            .Text(heading).Raw(" <strong>").Text(option.Name).Raw("</strong> (").Text(option.Id).Raw(")")
            .Element("p", r.Reason);
        foreach (var reason in e.Degraded) h.Element("p", $"degraded: {reason}", "degraded");
        foreach (var caveat in r.Caveats) h.Element("p", $"caveat: {caveat}", "caveat");
        h.Raw("</section>\n");
        h.Element("h2", "What changed since the last journal entry");
        if (brief.Journal is not { } j)
            h.Element("p", "No journal was read: the brief was assembled without an event store that keeps one.");
        else
        {
            h.Element("p", j.SinceLast.PreviousId is { } id
                ? $"Against journal entry {id} of {j.Location}:"
                : $"The journal of {j.Location} holds no entry for this case yet:");
            h.Raw("<ul id=\"changes\">");
            foreach (var line in j.SinceLast.Summary) h.Element("li", line);
            h.Raw("</ul>\n");
        }
    }
}
