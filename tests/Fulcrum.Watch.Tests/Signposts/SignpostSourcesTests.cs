using Fulcrum.Core.Time;
using Fulcrum.Scenario.Loading;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Signposts;

public class SignpostSourcesTests
{
    private const string Signposts = """
          - id: from_file
            name: a series from a CSV next to the case
            indicator: {kind: series, file: counts.csv, series: RUS-UKR}
            rule: {kind: threshold, above: 40}
            effect: {likelihood_ratios: {no_invasion: 0.5, limited_incursion: 1, full_invasion: 2}}
            source: test
          - id: not_in_file
            name: a series the file does not have
            indicator: {kind: series, file: counts.csv, series: ISR-USA}
            rule: {kind: threshold, above: 40}
            effect: {flag: x}
            source: test
          - id: from_store
            name: an event query on the store
            indicator: {kind: events, dyad: [RUS, UKR], roots: ["18", "19"], measure: events}
            rule: {kind: change, method: poisson-cusum, direction: up}
            effect: {flag: x}
            source: test
          - id: from_votes
            name: UN votes on the Palestinian conflict
            indicator: {kind: unvotes, pair: [ISR, USA], measure: agree, issue: me}
            rule: {kind: threshold, below: 0.5}
            effect: {flag: x}
            source: test
        """;

    [Fact]
    public async Task Load_EachIndicatorKind_ReadsItsSourceOrSaysWhyNot()
    {
        using var cases = new TestCases();
        cases.Write("counts.csv", "date,series,value\n2022-01-03,RUS-UKR,12\n2022-01-04,RUS-UKR,41\n2022-01-05,RUS-UKR,55\n2022-01-06,RUS-UKR,3\n");
        var c = CaseLoader.LoadFile(cases.Write("case.fulcrum.yaml", TestCases.Text(Signposts))).ValueOrThrow();
        var data = await SignpostSources.LoadAsync(c, new SeriesCatalog(cases.Folder), null, c.AsOf);

        Assert.Equal(4, data["from_file"].Series!.Count);
        Assert.Equal("counts.csv has no series 'ISR-USA'", data["not_in_file"].Missing);
        Assert.Null(data["from_store"].Series);
        Assert.Contains("the event store is not open", data["from_store"].Missing, StringComparison.Ordinal);
        Assert.Equal("store RUS-UKR events roots 18,19 by day", data["from_store"].Origin);
        var votes = data["from_votes"].Series!;
        Assert.Equal((Period.Year, "ISR-USA agree"), (votes.Period, votes.Name));

        var report = await SignpostBoard.EvaluateAsync(c, data, c.AsOf);
        var byId = report.Readings.ToDictionary(r => r.Id);
        // The point of 6 January is after as_of (5 January) and is not used: 55 > 40 fires, since 4 January.
        Assert.Equal((SignpostState.Fired, (DateOnly?)new DateOnly(2022, 1, 4), (double?)55), (byId["from_file"].State, byId["from_file"].Since, byId["from_file"].Statistic));
        Assert.Equal(SignpostState.NoData, byId["not_in_file"].State);
        Assert.Equal(SignpostState.NoData, byId["from_store"].State);
        Assert.Equal(["from_file"], report.Update.MovedBy);
        // 0.45·0.5 = 0.225, 0.35, 0.20·2 = 0.40; sum 0.975.
        Assert.Equal(0.40 / 0.975, report.Update.Scenarios[2].Posterior, 12);
    }

    [Fact]
    public async Task Load_UnreadableFile_MakesItsSignpostsNoDataWithTheProblem()
    {
        using var cases = new TestCases();
        cases.Write("counts.csv", "date,series,value\n2022-01-03,RUS-UKR,12\n2022-01-05,RUS-UKR,x\n");
        var c = CaseLoader.LoadFile(cases.Write("case.fulcrum.yaml", TestCases.Text(Signposts))).ValueOrThrow();
        var data = await SignpostSources.LoadAsync(c, new SeriesCatalog(cases.Folder), null, c.AsOf);
        Assert.Contains("counts.csv:3:", data["from_file"].Missing, StringComparison.Ordinal);
        Assert.Contains("is not a number", data["from_file"].Missing, StringComparison.Ordinal);
    }
}
