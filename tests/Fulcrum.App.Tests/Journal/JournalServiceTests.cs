using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal;
using Fulcrum.App.Stores;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Journal;

public class JournalServiceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));

    private static FulcrumServices App() => new(new DuckDbEventStoreFactory(Time), Time);

    private static async Task<Examination> ExamineAsync(FulcrumServices app, string store, DateOnly asOf) =>
        (await app.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default, new StoreRef(store, false), asOf)) { Draws = 500, Sensitivity = false })).ValueOrThrow();

    [Fact]
    public async Task RecordAsync_TwoExaminationsOfTheFoundingCase_DiffSaysTheNovemberFiringAndTheMove()
    {
        using var temp = Fixture.Temp();
        var store = temp.File("j.duckdb");
        var app = App();

        var first = (await app.Journal.RecordAsync(await ExamineAsync(app, store, new DateOnly(2021, 11, 1)), store)).ValueOrThrow();
        var second = (await app.Journal.RecordAsync(await ExamineAsync(app, store, new DateOnly(2021, 11, 25)), store)).ValueOrThrow();

        Assert.Null(first.Body!.Diff.PreviousId);
        Assert.Equal(1, second.Body!.Diff.PreviousId);
        Assert.Contains(second.Body.Diff.Summary, s => s.StartsWith("signpost rus_ukr_conflict fired on 2021-11-", StringComparison.Ordinal) && s.Contains("RUS-UKR", StringComparison.Ordinal));
        Assert.Contains("P(full_invasion) 0.20 → 0.36", second.Body.Diff.Summary);
        Assert.True((await app.Journal.VerifyAsync(store)).ValueOrThrow().Intact);
        Assert.Equal([1L, 2L], (await app.Journal.ListAsync(store, "israel-2022")).ValueOrThrow().Select(e => e.Id));
    }

    [Fact]
    public async Task Examine_AfterAnOutcome_UsesProbabilityOneFromItsDateOnAndSaysSo()
    {
        using var temp = Fixture.Temp();
        var store = temp.File("j.duckdb");
        var app = App();
        (await app.Outcomes.RecordAsync(new OutcomeRequest(CaseRef.Default, store, "full_invasion", new DateOnly(2021, 12, 1), "test"))).ValueOrThrow();

        var before = await ExamineAsync(app, store, new DateOnly(2021, 11, 30));
        var after = await ExamineAsync(app, store, new DateOnly(2021, 12, 1));

        Assert.True(before.Appraisal.Scenarios.Single(s => s.Id == "full_invasion").Probability < 1);
        Assert.Equal([0.0, 0.0, 1.0], after.Appraisal.Scenarios.Select(s => s.Probability));
        Assert.StartsWith("outcome recorded: full_invasion happened on 2021-12-01", after.Appraisal.ProbabilitySource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_UnknownScenario_IsAProblemNamingTheScenarios()
    {
        using var temp = Fixture.Temp();
        var outcome = await App().Outcomes.RecordAsync(new OutcomeRequest(CaseRef.Default, temp.File("j.duckdb"), "annexation", new DateOnly(2022, 2, 24)));

        var problem = Assert.Single(outcome.Problems);
        Assert.Contains("no scenario 'annexation'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("full_invasion", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAsync_NoSuchEntry_IsAProblem()
    {
        using var temp = Fixture.Temp();
        var store = temp.File("j.duckdb");
        var app = App();
        (await app.Journal.RecordAsync(await ExamineAsync(app, store, new DateOnly(2021, 11, 1)), store)).ValueOrThrow();

        Assert.Contains("no journal entry 7", Assert.Single((await app.Journal.ShowAsync(store, 7)).Problems).Message, StringComparison.Ordinal);
    }
}
