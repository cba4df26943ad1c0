using AngleSharp.Html.Parser;
using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal;

namespace Fulcrum.Brief.Tests;

/// <summary>The journal's part of the brief on a real store: two journalled examinations and a recorded outcome.</summary>
public class JournalSectionTests
{
    [Fact]
    public async Task Render_TwoEntriesAndAnOutcome_ShowsWhatChangedTheTimelineAndTheForecastScores()
    {
        var directory = Directory.CreateTempSubdirectory("brief-journal-");
        try
        {
            var db = Path.Combine(directory.FullName, "j.duckdb");
            var app = BriefFixture.Services();
            foreach (var asOf in new[] { new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 25) })
            {
                var e = (await app.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default, AsOf: asOf)) { Draws = BriefFixture.Draws, Sensitivity = false })).ValueOrThrow();
                (await app.Journal.RecordAsync(e, db)).ValueOrThrow();
            }
            (await app.Outcomes.RecordAsync(new OutcomeRequest(CaseRef.Default, db, "full_invasion", new DateOnly(2022, 2, 24)))).ValueOrThrow();

            var data = BriefFixture.Assemble(store: db);
            var document = new HtmlParser().ParseDocument(BriefPage.Render(data));
            var text = document.Body!.TextContent;

            Assert.Equal(2, data.Journal!.Entries.Count);
            Assert.Contains("Against journal entry 2 of", text, StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector("figure#chart-timeline svg"));
            var scores = document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "Forecast scores against the recorded outcomes");
            Assert.NotEmpty(scores.QuerySelectorAll("tbody tr"));
            Assert.DoesNotContain("No outcome is recorded", text, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
