using Fulcrum.App.Cases;
using Fulcrum.App.Panel;

namespace Fulcrum.App.Tests.Panel;

public class PanelServiceTests
{
    private static readonly PanelService Service = new(new CaseService(), new App.Questions.QuestionService(new App.Questions.QuestionRunCache(null)));

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "weights", name);

    [Fact]
    public void Study_ASplitPanel_NamesTheInputsThatChangeTheAnswer()
    {
        var milestones = new List<string>();

        var e = Service.Study(new PanelRequest(CaseRef.Default, Fixture("panel-split")) { Draws = 3000, Seed = 7 }, new Progress(milestones)).ValueOrThrow();

        Assert.Equal(["dove", "hawk"], e.Panel.Analysts.Select(a => a.Name));
        Assert.Equal("condemn_aid", e.Study.Recommendation);
        Assert.Equal(["mediate", "condemn_aid"], e.Study.Analysts.Select(a => a.Recommendation));
        Assert.Equal(["Weight syria_freedom", "Weight us_backing", "Probability no_invasion", "Probability full_invasion"],
            e.Study.Decisive.Select(i => $"{i.Kind} {i.Id}"));
        // The founding case's question is answered first (its runs made, in this test's fresh services).
        Assert.Equal(["panel: 2 analysts from " + Fixture("panel-split") + ", at most 23 appraisals of 3,000 draws ...",
            "questions: 1,200 bargaining runs on 6 tables ..."], milestones);
    }

    [Fact]
    public void Study_NoSuchFolder_IsAProblemAboutThePanel()
    {
        var failed = Service.Study(new PanelRequest(CaseRef.Default, "no-such-panel"));

        Assert.Equal(Elicitation.ElicitationSubjects.Panel, Assert.Single(failed.Problems).Subject);
    }

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
