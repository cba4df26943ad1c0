using Fulcrum.Scenario.Loading;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Signposts;

/// <summary>
/// Evidence over time on the founding case and the shipped builtin:gdelt-dyads series, judged as of
/// every day from 2021-10-01 to 2022-01-05. The CUSUM alarms on RUS-UKR (docs/watch.md): down on
/// 13 Nov, 18 Nov, 1 Dec and 4 Dec, up on 26 Dec.
/// </summary>
public class EvidenceOverTimeTests
{
    private static readonly Scenario.Model.Case Case = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();

    private static readonly IReadOnlyDictionary<string, SignpostData> Data = SignpostSources.LoadAsync(Case, new SeriesCatalog(null), null, Case.AsOf).GetAwaiter().GetResult();

    private static readonly DateOnly FirstFired = new(2021, 11, 13), Cleared = new(2021, 12, 26);

    public static TheoryData<int?> Windows => new() { null, 7 };

    /// <summary>
    /// With the detector's 28-day window and with a 7-day one (under which the alarms of 13 Nov–4 Dec
    /// all leave the window by 11 Dec, when a window rule would drop the evidence), the firing counts
    /// every day from 13 Nov, since 13 Nov, and moves the probabilities, until the up alarm of 26 Dec
    /// clears it; before and after, the priors stand.
    /// </summary>
    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Evaluate_EveryDay_TheMidNovemberFiringCountsUntilTheOppositeAlarmClearsIt(int? window)
    {
        var options = new SignpostEvaluationOptions { RecencyWindow = window, EvidenceEventLimit = 0 };
        var outsideWindow = 0;
        for (var day = new DateOnly(2021, 10, 1); day <= new DateOnly(2022, 1, 5); day = day.AddDays(1))
        {
            var report = await SignpostBoard.EvaluateAsync(Case, Data, day, options);
            var r = report.Readings.Single(x => x.Id == "rus_ukr_conflict");
            var full = report.Update.Scenarios.Single(s => s.Id == "full_invasion");
            if (day >= FirstFired && day < Cleared)
            {
                Assert.True(r.Fired, $"{day}: {r.Reason}");
                Assert.Equal(FirstFired, r.Since);
                Assert.Contains("rus_ukr_conflict", report.Update.MovedBy);
                Assert.Equal("it still counts: no alarm up since", r.StillCounts);
                Assert.True(full.Posterior > full.Prior, $"{day}");
                if (day.DayNumber - r.Evidence.Alarm!.Date.DayNumber >= (window ?? 28)) outsideWindow++;
            }
            else
            {
                Assert.False(r.Fired, $"{day}: {r.Reason}");
                Assert.Null(r.StillCounts);
                Assert.Equal(full.Prior, full.Posterior);
            }
            if (day >= Cleared)
            {
                Assert.Equal(Cleared, r.Since);
                Assert.StartsWith("cleared on 2021-12-26 by an alarm up", r.Reason, StringComparison.Ordinal);
            }
        }
        // With the 7-day window the latest down alarm is out of it from 25 to 30 Nov (18 Nov's) and from 11 to 25 Dec
        // (4 Dec's): 21 days on which a window rule would have dropped the evidence, and it still counted.
        Assert.Equal(window is null ? 0 : 21, outsideWindow);
    }
}
