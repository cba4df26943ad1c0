using Fulcrum.Scenario.Loading;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Signposts;

/// <summary>
/// The founding case's signposts on the real series shipped with it (builtin:gdelt-dyads, the UN
/// votes) with the detectors' defaults. docs/watch.md ("The founding case's signposts") explains each
/// state; if a detector or a default changes, these fail until that section is updated.
/// </summary>
public class FoundingCaseSignpostTests
{
    private static readonly Scenario.Model.Case Case = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();

    private static readonly IReadOnlyDictionary<string, SignpostData> Data = SignpostSources.LoadAsync(Case, new SeriesCatalog(null), null, Case.AsOf).GetAwaiter().GetResult();

    [Fact]
    public async Task Evaluate_AsOfTheCaseDate_OnlyTheUsIsraelFlagFires()
    {
        var report = await SignpostBoard.EvaluateAsync(Case, Data, Case.AsOf);
        Assert.Equal(new DateOnly(2022, 1, 5), report.AsOf);
        var states = report.Readings.ToDictionary(r => r.Id, r => (r.State, r.Since));
        Assert.Equal((SignpostState.Quiet, D(2021, 12, 26)), states["rus_ukr_conflict"]);     // cleared by the up alarm of 26 Dec (last down alarm 4 Dec)
        Assert.Equal((SignpostState.Quiet, D(2021, 10, 29)), states["rus_usa_conflict"]);     // only an up alarm (30 Dec)
        Assert.Equal((SignpostState.Fired, D(2022, 1, 2)), states["isr_usa_relation"]);      // down alarm 2 Jan, onset 24 Dec
        Assert.Equal((SignpostState.Quiet, D(2021, 10, 29)), states["isr_rus_relation"]);     // no alarm
        Assert.Equal((SignpostState.NoData, (DateOnly?)null), states["talks_jan10"]);          // no observation yet
        Assert.Equal((SignpostState.Quiet, D(2022, 1, 5)), states["attack_positions"]);       // observed: not yet attack positions
        Assert.Equal((SignpostState.Quiet, D(1955, 1, 1)), states["isr_rus_unga"]);           // no down alarm since 1955; data end 2019
        Assert.Equal(new DateOnly(2019, 1, 1), report.Readings.Single(r => r.Id == "isr_rus_unga").DataThrough);
        Assert.Empty(report.Update.MovedBy);
        Assert.Equal([0.45, 0.35, 0.20], report.Update.Scenarios.Select(s => s.Posterior));
        Assert.Equal("isr_usa_relation", Assert.Single(report.Flags).Signpost);
        var alarm = report.Readings.Single(r => r.Id == "isr_usa_relation").Evidence.Alarm!;
        Assert.Equal((D(2022, 1, 2), D(2021, 12, 24), 10), (alarm.Date, alarm.Onset, alarm.Evidence.Points.Count));
    }

    [Fact]
    public async Task Evaluate_AsOf1December2021_TheRussiaUkraineSignpostMovesTheProbabilities()
    {
        var report = await SignpostBoard.EvaluateAsync(Case, Data, new DateOnly(2021, 12, 1));
        var conflict = report.Readings.Single(r => r.Id == "rus_ukr_conflict");
        Assert.Equal((SignpostState.Fired, D(2021, 11, 13)), (conflict.State, conflict.Since));
        Assert.Equal(D(2021, 12, 1), conflict.Evidence.Alarm!.Date);
        Assert.Equal(SignpostState.NoData, report.Readings.Single(r => r.Id == "attack_positions").State); // its observation is dated 5 Jan
        // 0.45·0.5 = 0.225, 0.35·1.4 = 0.49, 0.20·2.0 = 0.40; sum 1.115.
        Assert.Equal(["rus_ukr_conflict"], report.Update.MovedBy);
        var expected = new[] { 0.225 / 1.115, 0.49 / 1.115, 0.40 / 1.115 };
        Assert.All(report.Update.Scenarios.Zip(expected), p => Assert.Equal(p.Second, p.First.Posterior, 12));
    }

    [Fact]
    public async Task Evaluate_AsOf20December2021_TheConflictSignpostHasFiredContinuouslySince13November()
    {
        var report = await SignpostBoard.EvaluateAsync(Case, Data, new DateOnly(2021, 12, 20));
        var conflict = report.Readings.Single(r => r.Id == "rus_ukr_conflict");
        Assert.Equal((SignpostState.Fired, D(2021, 11, 13), D(2021, 12, 4)), (conflict.State, conflict.Since, (DateOnly?)conflict.Evidence.Alarm!.Date));
    }

    [Fact]
    public async Task EvaluateAsync_AfterTheData_JudgesOnTheDataThereAre()
    {
        // The board judges on the data it is given; refusing a date the data do not reach is the application's rule (Fulcrum.App.Tests).
        var report = await SignpostBoard.EvaluateAsync(Case, Data, new DateOnly(2022, 1, 6));
        Assert.Equal(new DateOnly(2022, 1, 5), report.Readings.Single(r => r.Id == "isr_usa_relation").DataThrough);
    }

    private static DateOnly? D(int y, int m, int d) => new DateOnly(y, m, d);
}
