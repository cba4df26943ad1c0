using Fulcrum.App.Alarms;
using Fulcrum.App.Balance;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Ingest;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Contracts;

/// <summary>
/// Every contract a client reads back (a Python or R script, the web page): real results written
/// as JSON, read into the same record, and written again give the same text, with
/// <c>schema_version</c> first.
/// </summary>
public class ContractRoundTripTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));
    private static readonly FulcrumServices Services = new(new DuckDbEventStoreFactory(Clock), Clock);
    private static readonly CaseScope Founding = new(CaseRef.Default);

    [Fact]
    public async Task Examine_RoundTrips()
    {
        var e = (await Services.Examine.ExamineAsync(new ExamineRequest(Founding) { Draws = 1_000 })).ValueOrThrow();
        var json = RoundTrip(ExamineContract.Of(e));
        Assert.Contains("\"recommendation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"case_sha256\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signposts_RoundTrips() =>
        RoundTrip(SignpostsContract.Of((await Services.Signposts.EvaluateAsync(Founding)).ValueOrThrow()));

    [Fact]
    public async Task Balance_RoundTrips() =>
        RoundTrip(BalanceContract.Of((await Services.Balance.DrawAsync(new BalanceRequest(Founding))).ValueOrThrow()));

    [Fact]
    public async Task Alarms_RoundTrips() =>
        RoundTrip(AlarmsContract.Of((await Services.Alarms.ScanAsync(new AlarmsRequest { Series = "builtin:gdelt-dyads" })).ValueOrThrow()));

    [Fact]
    public void CaseCheck_AndProblems_RoundTrip()
    {
        var loaded = Services.Cases.Load(CaseRef.Default).ValueOrThrow();
        RoundTrip(CaseCheckContract.Of(loaded.Case, loaded.Ref.Origin));
        RoundTrip(ProblemsContract.Of([new Problem("case.yaml", 3, 5, "a \"quoted\" message", "a hint"), Problem.About(Subjects.AsOf, "{as_of} is late", "")], 2));
    }

    [Fact]
    public async Task StoreResults_RoundTrip()
    {
        using var temp = Fixture.Temp();
        var store = temp.File("events.duckdb");
        var ingest = (await Services.Ingest.IngestAsync(new IngestFilesRequest([Fixture.Path(Fixture.Gdelt2Days[0])], store))).ValueOrThrow();
        RoundTrip(IngestContract.Of(ingest));
        var dyad = (await Services.Events.DyadAsync(store, new DyadQuery { ActorA = "USA", ActorB = "CHN", By = Fulcrum.Core.Time.Period.Day })).ValueOrThrow();
        RoundTrip(DyadContract.Of(dyad));
        RoundTrip(RejectsContract.Of((await Services.Events.RejectsAsync(store, new RejectQuery())).ValueOrThrow()));
        RoundTrip(ExportContract.Of((await Services.Events.ExportAsync(store, new ExportRequest(ExportFormat.Csv, temp.File("out.csv")))).ValueOrThrow()));
    }

    private static string RoundTrip<T>(T contract) where T : Contract
    {
        var json = ContractJson.Serialize(contract);
        var back = ContractJson.Deserialize<T>(json);
        Assert.NotNull(back);
        Assert.Equal(json, ContractJson.Serialize(back));
        Assert.StartsWith($"{{\n  \"schema_version\": {ContractJson.SchemaVersion},", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        return json;
    }
}
