using Fulcrum.Core.Time;
using Fulcrum.Events;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Conformance;

namespace Fulcrum.Store.DuckDb.Tests;

/// <summary>One store holding the real GDELT 2.0 days (Nov 2020) and the ICEWS sample (June 2018).</summary>
public sealed class RealDataStore : IDisposable
{
    public RealDataStore()
    {
        foreach (var f in Fixture.Gdelt2Days.Append(Fixture.Icews)) Store.Ingest(Fixture.Path(f));
        Records = [.. Fixture.Gdelt2Days.Append(Fixture.Icews).SelectMany(f => Fixture.ReadAll(Fixture.Path(f)).Records)];
    }

    public StoreFixture Store { get; } = new();

    public IReadOnlyList<EventRecord> Records { get; }

    public void Dispose() => Store.Dispose();
}

public class DyadTests(RealDataStore data) : IClassFixture<RealDataStore>
{
    private static readonly DateOnly First = new(2018, 6, 1);
    private static readonly DateOnly Last = new(2020, 11, 15);

    private async Task MatchesLinq(DyadQuery q)
    {
        var series = await data.Store.Store.DyadAsync(q);
        var expected = LinqDyad.Series(data.Records, q, q.From ?? First, q.To ?? Last);

        Assert.Equal(expected.Count, series.Points.Count);
        // The LINQ reference knows nothing of coverage: a period the store's files do not cover is no data there, every measure null.
        for (var i = 0; i < expected.Count; i++)
        {
            if (series.Points[i].Covered) LinqDyad.Equal(expected[i], series.Points[i]);
            else Assert.All(DyadMeasures.All, m => Assert.Null(series.Points[i].Value(m)));
        }
        // The dyad has events (in the reference: a week or month the files cover only in part is no data in the series).
        Assert.True(expected.Sum(p => p.Events) > 0, "the dyad has events");
    }

    [Fact]
    public async Task Dyad_WeeklyUndirectedAcrossGdeltAndIcews_MatchesLinqWithEveryWeekPresent()
    {
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN" };
        var series = await data.Store.Store.DyadAsync(q);

        await MatchesLinq(q);
        Assert.Equal(new DateOnly(2018, 5, 28), series.From); // the Monday of 1 June 2018's ISO week
        Assert.Equal(new DateOnly(2020, 11, 15), series.To);
        Assert.Equal(129, series.Points.Count);
        Assert.True(series.Points.Count(p => !p.Covered) > 120, "weeks between June 2018 and November 2020 are present, as no data");
        // A covered week without events is zeros (means undefined); an uncovered one is null throughout.
        if (series.Points.FirstOrDefault(p => p.Covered && p.Events == 0) is { } empty)
            Assert.Equal((0.0, 0.0, null, null), (empty.GoldsteinSum, empty.NetCoop, empty.GoldsteinMean, empty.Tone));
    }

    [Fact]
    public async Task Dyad_SpanStartingMidWeek_CountsOnlyItsOwnDaysInTheFirstWeek()
    {
        var q = new DyadQuery { ActorA = "ISR", ActorB = "USA", From = new DateOnly(2020, 11, 14) };

        await MatchesLinq(q);
        var week = (await data.Store.Store.DyadAsync(q)).Points.Single();
        Assert.Equal(new DateOnly(2020, 11, 9), week.PeriodStart);
        Assert.Equal(47 + 53, week.Events); // 14 and 15 November only (13 November had 62)
    }

    [Theory]
    [InlineData("ISR", "USA", true, Period.Day)]
    [InlineData("USA", "ISR", true, Period.Day)]
    [InlineData("ARM", "AZE", false, Period.Day)]
    [InlineData("PRK", "USA", false, Period.Month)]
    public Task Dyad_DirectionAndPeriod_MatchLinq(string a, string b, bool directed, Period by) =>
        MatchesLinq(new DyadQuery { ActorA = a, ActorB = b, Directed = directed, By = by, From = by == Period.Month ? null : new DateOnly(2020, 11, 13) });

    [Theory]
    [InlineData("state")]
    [InlineData("root")]
    [InlineData("mentions")]
    [InlineData("dedupe")]
    [InlineData("roots")]
    [InlineData("all")]
    public async Task Dyad_Filters_MatchLinq(string filter)
    {
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN", By = Period.Day, From = new DateOnly(2020, 11, 13) };
        q = filter switch
        {
            "state" => q with { StateActorsOnly = true },
            "root" => q with { RootEventsOnly = true },
            "mentions" => q with { MinMentions = 4 },
            "dedupe" => q with { Dedupe = true },
            "roots" => q with { Roots = ["01", "04", "11"] },
            _ => q with { StateActorsOnly = true, RootEventsOnly = true, MinMentions = 2, Dedupe = true },
        };
        await MatchesLinq(q);
        var unfiltered = await data.Store.Store.DyadAsync(q with { StateActorsOnly = false, RootEventsOnly = false, MinMentions = null, Dedupe = false, Roots = [] });
        Assert.True((await data.Store.Store.DyadAsync(q)).Points.Sum(p => p.Events) < unfiltered.Points.Sum(p => p.Events), "the filter removes events");
    }

    [Theory]
    [InlineData(DyadNormalization.Total)]
    [InlineData(DyadNormalization.Actor)]
    public async Task Dyad_NormalisedByVolume_IsTheShareLinqComputes(DyadNormalization how)
    {
        var q = new DyadQuery { ActorA = "ISR", ActorB = "USA", By = Period.Day, From = new DateOnly(2020, 11, 13), Normalize = how };
        var series = await data.Store.Store.DyadAsync(q);
        var raw = LinqDyad.Series(data.Records, q, q.From!.Value, Last);

        for (var i = 0; i < raw.Count; i++)
        {
            var volume = LinqDyad.Volume(data.Records, q, q.From.Value, Last, raw[i].PeriodStart, how == DyadNormalization.Actor);
            Assert.True(volume > 0);
            Assert.Equal(raw[i].Events!.Value / volume, series.Points[i].Events!.Value, 12);
            Assert.Equal(raw[i].GoldsteinSum!.Value / volume, series.Points[i].GoldsteinSum!.Value, 12);
            Assert.Equal(raw[i].GoldsteinMean!.Value, series.Points[i].GoldsteinMean!.Value, 12); // means are not scaled
        }
    }

    [Fact]
    public void Events_ForAPeriod_AreTheDyadsEventsMostMentionedFirst()
    {
        var q = new DyadQuery { ActorA = "ISR", ActorB = "USA" };
        var day = new DateOnly(2020, 11, 14);
        var page = data.Store.Store.Events(new EvidenceQuery(q, day, day, Limit: 5));
        var expected = data.Records.Where(e => e.EventDate == day && LinqDyad.InDyad(e, q))
            .OrderByDescending(e => e.NumMentions).ThenBy(e => e.EventId).ToList();

        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(5, page.Events.Count);
        Assert.Equal(expected.Take(5).Select(e => e.NumMentions), page.Events.Select(e => e.NumMentions));
        var top = page.Events[0];
        var record = expected.First(e => e.EventId == top.EventId);
        Assert.Equal((record.SourceUrl, record.EventCode, record.GoldsteinScale), (top.SourceUrl, top.EventCode, top.GoldsteinScale));
        Assert.False(string.IsNullOrEmpty(Fulcrum.Events.Reference.CameoEventCodes.Find(top.EventCode)?.Description));
    }

    [Fact]
    public void Events_LimitZeroOrNoMatch_StillCountsTheEventsBehindThePeriod()
    {
        var q = new DyadQuery { ActorA = "ISR", ActorB = "USA" };
        var day = new DateOnly(2020, 11, 14);
        var expected = data.Records.Count(e => e.EventDate == day && LinqDyad.InDyad(e, q));

        var countOnly = data.Store.Store.Events(new EvidenceQuery(q, day, day, Limit: 0));
        Assert.Equal((expected, 0), (countOnly.Total, countOnly.Events.Count));

        var none = data.Store.Store.Events(new EvidenceQuery(q, new DateOnly(1999, 1, 1), new DateOnly(1999, 1, 2), Limit: 5));
        Assert.Equal((0L, 0), (none.Total, none.Events.Count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(50)]
    public void Events_ManySpansInOnePass_EqualOneQueryASpan(int limit)
    {
        var q = new DyadQuery { ActorA = "USA", ActorB = "CHN" };
        EvidenceSpan[] spans =
        [
            new(new DateOnly(2020, 11, 13), new DateOnly(2020, 11, 13)),
            new(new DateOnly(2020, 11, 13), new DateOnly(2020, 11, 15)),   // overlaps the first
            new(new DateOnly(1999, 1, 1), new DateOnly(1999, 1, 2)),       // no events
            new(new DateOnly(2020, 11, 14), new DateOnly(2020, 11, 15)),
        ];
        var batched = data.Store.Store.Events(q, spans, limit);
        var single = spans.Select(s => data.Store.Store.Events(new EvidenceQuery(q, s.From, s.To, limit))).ToList();

        Assert.Equal(single.Select(p => p.Total), batched.Select(p => p.Total));
        Assert.Equal(single.Select(p => p.Events.Select(e => (e.Dataset, e.EventId))), batched.Select(p => p.Events.Select(e => (e.Dataset, e.EventId))));
        Assert.True(batched[1].Total > batched[0].Total);
        Assert.Equal(0, batched[2].Total);
    }
}
