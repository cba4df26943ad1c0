using AngleSharp.Html.Parser;

namespace Fulcrum.Brief.Tests;

public class BriefPageTests
{
    private static readonly Lazy<(Fulcrum.App.Brief.BriefData Data, string Html)> Default = new(() =>
    {
        var data = BriefFixture.Assemble();
        return (data, BriefPage.Render(data));
    });

    /// <summary>
    /// The page parsed as HTML5, with the parse errors outside the charts; each chart's SVG is
    /// checked as XML instead (AngleSharp reports camel-case SVG end tags such as clipPath as
    /// mismatched, which the HTML5 rules for foreign content and browsers accept).
    /// </summary>
    private static (AngleSharp.Html.Dom.IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var charts = new List<(int From, int To)>();
        for (var at = html.IndexOf("<svg", StringComparison.Ordinal); at >= 0; at = html.IndexOf("<svg", at + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + "</svg>".Length;
            System.Xml.Linq.XDocument.Parse(html[at..end]);
            charts.Add((at, end));
        }
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h && charts.Any(c => h.Position.Position >= c.From && h.Position.Position < c.To)) return;
            errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent x ? $"{x.Code} at {x.Position}: {x.Message}" : e.ToString() ?? "");
        };
        return (parser.ParseDocument(html), errors);
    }

    [Fact]
    public void Render_BuiltInCase_ParsesAsHtmlWithoutErrors()
    {
        var (document, errors) = Parse(Default.Value.Html);

        Assert.Empty(errors);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("section#recommendation"));
    }

    [Fact]
    public void Render_BuiltInCase_HoldsTheRecommendationAndReasonOfTheSameExamination()
    {
        var (data, html) = Default.Value;
        var r = data.Examination.Appraisal.Recommendation;
        var top = Parse(html).Document.QuerySelector("section#recommendation")!.TextContent;

        Assert.Contains($"({r.Option})", top, StringComparison.Ordinal);
        Assert.Contains(r.Reason, top, StringComparison.Ordinal);
        Assert.Contains(data.Examination.Appraisal.Options.First(o => o.Id == r.Option).Name, top, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BuiltInCase_EveryChartIsOneInlineSvgWithNoExternalReferenceAndNoScript()
    {
        var document = Parse(Default.Value.Html).Document;
        var figures = document.QuerySelectorAll("figure.chart");

        // balance fast and slow, posterior, utility, breach, ranks, regret, its question, tornado: the built-in case has them all.
        Assert.Equal(9, figures.Length);
        Assert.All(figures, f => Assert.Single(f.QuerySelectorAll("svg")));
        Assert.Equal(figures.Length, document.QuerySelectorAll("svg").Length);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object"));
        foreach (var element in document.All)
            foreach (var attribute in element.Attributes.Where(a => a.LocalName is "src" or "href"))
                Assert.False(attribute.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && element.LocalName != "a", $"{element.LocalName} {attribute.Name}={attribute.Value}");
        Assert.All(document.QuerySelectorAll("svg [href], svg [src]"), e => Assert.Fail($"svg reference {e.OuterHtml}"));
    }

    [Fact]
    public void Render_FoundingCase_ShowsItsQuestionWithTheSentenceAndEachOptionsLevels()
    {
        var (data, html) = Default.Value;
        var q = Assert.Single(data.Examination.Questions);
        var body = Parse(html).Document.Body!.TextContent;

        Assert.Contains("The questions", body, StringComparison.Ordinal);
        Assert.Contains(Fulcrum.Questions.QuestionWords.Sentence(q), body, StringComparison.Ordinal);
        Assert.StartsWith("P(us_pressure heavy) ", Fulcrum.Questions.QuestionWords.Sentence(q), StringComparison.Ordinal);
        var table = Parse(html).Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Factor us_pressure", StringComparison.Ordinal));
        Assert.Equal(data.Examination.Case.Case.Options.Count, table.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(Parse(html).Document.QuerySelector("figure#chart-question-0 svg"));
    }

    [Fact]
    public void Render_Utility_IsABoxPlotOfTheQuartilesWithTheMeanMarked()
    {
        var (data, html) = Default.Value;
        var caption = Parse(html).Document.QuerySelector("figure#chart-utility figcaption")!.TextContent;

        Assert.All(data.Examination.Appraisal.Options, o =>
        {
            var q = o.Quartiles!;
            Assert.True(q.Min <= o.EuLow && o.EuLow <= q.Q1 && q.Q1 <= q.Median && q.Median <= q.Q3 && q.Q3 <= o.EuHigh && o.EuHigh <= q.Max, o.Id);
        });
        Assert.Contains("first to third quartile", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileOptionName_IsEncodedNeverMarkup()
    {
        var directory = Directory.CreateTempSubdirectory("brief-");
        try
        {
            var html = BriefPage.Render(BriefFixture.Assemble(BriefFixture.HostileCase(directory.FullName)));
            var (document, errors) = Parse(html);

            Assert.Empty(errors);
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Keep&#39;", html, StringComparison.Ordinal);
            Assert.Contains(BriefFixture.HostileName, document.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void Render_SameInputsAndClock_GiveTheSamePage()
    {
        var again = BriefPage.Render(BriefFixture.Assemble());

        Assert.Equal(Default.Value.Html, again);
    }

    [Fact]
    public void Render_NoStore_SaysNoJournalWasRead()
    {
        var changes = Parse(Default.Value.Html).Document.Body!.TextContent;

        Assert.Null(Default.Value.Data.Journal);
        Assert.Contains("No journal was read", changes, StringComparison.Ordinal);
    }
}
