using System.Net;
using System.Text.Json.Nodes;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Stores;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Web.Tests;

public class ApiEndpointsTests
{
    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    [Fact]
    public async Task Examine_FoundingCase_ReturnsTheCliRecordOfTheSameExamination()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.GetAsync("/api/examine?draws=2000&seed=7");
        var body = await response.Content.ReadAsStringAsync();
        var direct = (await server.Services.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default)) { Draws = 2000, Seed = 7 })).ValueOrThrow();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(JsonNode.DeepEquals(Parse(ContractJson.Serialize(ExamineContract.Of(direct))), Parse(body)));
        Assert.Equal(1, Parse(body)["schema_version"]!.GetValue<int>());
        Assert.Equal(2000, Parse(body)["identity"]!["draws"]!.GetValue<int>());
    }

    [Fact]
    public async Task Signposts_AsOfADate_ReturnsTheServiceRecordForThatDate()
    {
        await using var server = await ApiServer.StartAsync();
        var body = await server.Client.GetStringAsync("/api/signposts?as_of=2021-11-01");
        var direct = (await server.Services.Signposts.EvaluateAsync(new CaseScope(CaseRef.Default, null, new DateOnly(2021, 11, 1)))).ValueOrThrow();

        Assert.True(JsonNode.DeepEquals(Parse(ContractJson.Serialize(SignpostsContract.Of(direct))), Parse(body)));
        Assert.Contains("2021-11-01", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/examine?draws=lots", "draws", "'lots' is not a whole number")]
    [InlineData("/api/examine?as_of=5 January", "as_of", "'5 January' is not a date")]
    [InlineData("/api/balance?by=fortnight", "period", "'fortnight' is not a period")]
    [InlineData("/api/examine?priors=true&scenario_probabilities=no_invasion=1", "scenario_probabilities", "and also asked for the priors")]
    public async Task Get_BadParameter_IsProblemDetailsNamingIt(string url, string subject, string message)
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.GetAsync(url);
        var body = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, body["status"]!.GetValue<int>());
        var problem = body["problems"]!.AsArray()[0]!;
        Assert.Equal(subject, problem["subject"]!.GetValue<string>());
        Assert.Contains(message, problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem["hint"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Case_FileWithAnError_ProblemsCarryFileAndLine()
    {
        using var temp = Fixture.Temp();
        var file = temp.File("bad.fulcrum.yaml");
        File.WriteAllText(file, "id: bad\nname: Bad\ninterests:\n  - id: security\n    weight: heavy\n");
        await using var server = await ApiServer.StartAsync(CaseRef.AtPath(file));
        var response = await server.Client.GetAsync("/api/case");
        var problems = Parse(await response.Content.ReadAsStringAsync())["problems"]!.AsArray();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problems, p => p!["file"]!.GetValue<string>().EndsWith("bad.fulcrum.yaml", StringComparison.Ordinal) && p["line"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Case_FoundingCase_CountsMatchCaseCheck()
    {
        await using var server = await ApiServer.StartAsync();
        var body = Parse(await server.Client.GetStringAsync("/api/case"));

        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.Equal("israel-2022", body["case"]!.GetValue<string>());
        Assert.True(body["counts"]!["options"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public async Task Journal_ThreeEntries_PagedByOffsetAndLimitWithTotalAndNextLink()
    {
        using var temp = Fixture.Temp();
        var store = temp.File("j.duckdb");
        // Journalled as `fulcrum examine --record` would, before the server (which holds its store read-only) first opens it.
        var cli = new FulcrumServices(new DuckDbEventStoreFactory(ApiServer.Time), ApiServer.Time);
        foreach (var day in new[] { 1, 8, 15 })
        {
            var scope = new CaseScope(CaseRef.Default, new StoreRef(store, true), new DateOnly(2021, 11, day));
            var examination = (await cli.Examine.ExamineAsync(new ExamineRequest(scope) { Draws = 500, Sensitivity = false })).ValueOrThrow();
            (await cli.Journal.RecordAsync(examination, store)).ValueOrThrow();
        }
        await using var server = await ApiServer.StartAsync(store: store);

        var first = await server.Client.GetAsync("/api/journal?limit=2");
        var page1 = Parse(await first.Content.ReadAsStringAsync());
        var next = first.Headers.GetValues("Link").Single();
        var page2 = Parse(await server.Client.GetStringAsync("/api/journal?offset=2&limit=2"));

        Assert.Equal("3", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([1L, 2L], page1["entries"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()));
        Assert.Contains("offset=2", next, StringComparison.Ordinal);
        Assert.EndsWith("rel=\"next\"", next, StringComparison.Ordinal);
        Assert.Equal([3L], page2["entries"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()));
        var diff = Parse(await server.Client.GetStringAsync("/api/journal/1/diff/3"));
        Assert.Equal(3, diff["to"]!.GetValue<long>());
        Assert.True(Parse(await server.Client.GetStringAsync("/api/journal/verify"))["intact"]!.GetValue<bool>());
        var missing = await server.Client.GetAsync("/api/journal/99");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("99", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_NoStore_IsAProblemAboutTheStore()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.GetAsync("/api/journal");
        var problem = Parse(await response.Content.ReadAsStringAsync())["problems"]!.AsArray()[0]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("store", problem["subject"]!.GetValue<string>());
    }
}
