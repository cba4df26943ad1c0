using Fulcrum.App.Cases;
using Fulcrum.App.Journal;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Signposts;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Journal;

/// <summary>
/// Issue 10's replay: the founding case over the shipped series, daily from 2021-10-01 to
/// 2022-01-05, journalled. The RUS-UKR down alarm of 13 November fires the signpost; it keeps counting
/// after the alarm has left the detector's 28-day window (from 11 December), until the up alarm of
/// 26 December clears it; the journal's diffs say when and why.
/// </summary>
public class ReplayServiceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2022, 1, 6, 8, 0, 0, TimeSpan.Zero));

    private static readonly DateOnly Fired = new(2021, 11, 13), Cleared = new(2021, 12, 26);

    [Fact]
    public async Task Replay_FoundingCaseDaily_TheNovemberFiringCountsUntilClearedAndTheJournalSaysWhenAndWhy()
    {
        using var temp = Fixture.Temp();
        var journal = temp.File("replay.duckdb");
        var app = new FulcrumServices(new DuckDbEventStoreFactory(Time), Time);

        var result = (await app.Replay.ReplayAsync(new ReplayRequest(new CaseScope(CaseRef.Default), new DateOnly(2021, 10, 1), new DateOnly(2022, 1, 5),
            ReplayEvery.Day, journal)
        { Draws = 200 })).ValueOrThrow();

        Assert.Equal(97, result.Steps.Count);
        Assert.Equal(97, result.Entries.Count);
        foreach (var step in result.Steps)
        {
            var rus = step.Examination.Signposts!.Readings.Single(r => r.Id == "rus_ukr_conflict");
            var counts = step.AsOf >= Fired && step.AsOf < Cleared;
            Assert.True(counts == rus.Fired, $"{step.AsOf}: {rus.Reason}");
            Assert.Equal(counts, step.Examination.Signposts.Update.MovedBy.Contains("rus_ukr_conflict"));
            // Fired since 13 November throughout, also from 11 December, when that alarm is older than the 28-day window.
            if (counts) Assert.Equal((DateOnly?)Fired, rus.Since);
        }
        Assert.Equal([Fired], result.Steps.Where(s => s.Fired.Contains("rus_ukr_conflict")).Select(s => s.AsOf));
        Assert.Equal([Cleared], result.Steps.Where(s => s.Cleared.Contains("rus_ukr_conflict")).Select(s => s.AsOf));
        Assert.Equal("it still counts: no alarm up since", result.Steps.Single(s => s.AsOf == new DateOnly(2021, 12, 20))
            .Examination.Signposts!.Readings.Single(r => r.Id == "rus_ukr_conflict").StillCounts);

        var entries = (await app.Journal.ListAsync(journal, "israel-2022")).ValueOrThrow();
        Assert.Equal(97, entries.Count);
        var fired = (await app.Journal.ShowAsync(journal, result.Entries[result.Steps.ToList().FindIndex(s => s.AsOf == Fired)])).ValueOrThrow();
        Assert.Contains(fired.Body!.Diff.Summary, s => s.StartsWith("signpost rus_ukr_conflict fired on 2021-11-13 (cusum down, clears on an alarm up", StringComparison.Ordinal)
            && s.Contains("RUS-UKR", StringComparison.Ordinal));
        Assert.Contains(fired.Body.Diff.Summary, s => s.StartsWith("P(full_invasion) 0.20 → 0.36", StringComparison.Ordinal));
        var cleared = (await app.Journal.ShowAsync(journal, result.Entries[result.Steps.ToList().FindIndex(s => s.AsOf == Cleared)])).ValueOrThrow();
        var change = Assert.Single(cleared.Body!.Diff.Signposts, c => c.Id == "rus_ukr_conflict");
        Assert.Equal((SignpostState.Fired, SignpostState.Quiet, (DateOnly?)Cleared), (change.From, change.To, change.Since));
        Assert.StartsWith("cleared on 2021-12-26 by an alarm up", change.Reason, StringComparison.Ordinal);
        Assert.Contains(cleared.Body.Diff.Summary, s => s.StartsWith("signpost rus_ukr_conflict cleared on 2021-12-26", StringComparison.Ordinal));
        Assert.True((await app.Journal.VerifyAsync(journal)).ValueOrThrow().Intact);
    }
}
