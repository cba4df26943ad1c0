using System.Net;
using System.Text.Json.Nodes;
using Fulcrum.App.Alarms;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Stores;
using Fulcrum.Core.Time;
using Fulcrum.Events.Tests;

namespace Fulcrum.Web.Tests;

/// <summary>The views the dashboard adds to the API: the case's inputs, examine with sliders, a dyad's alarms and the events behind a point.</summary>
public sealed class DashboardApiTests : IClassFixture<DashboardApiTests.Events>
{
    private readonly Events _events;

    public DashboardApiTests(Events events) => _events = events;

    /// <summary>One store of four months of events for the class (ingest is the slow part).</summary>
    public sealed class Events : IAsyncLifetime
    {
        private readonly TempFolder _temp = Fixture.Temp();

        public string Store { get; private set; } = "";

        public async Task InitializeAsync() => Store = await ApiServer.StoreWithEventsAsync(_temp.Root);

        public Task DisposeAsync()
        {
            _temp.Dispose();
            return Task.CompletedTask;
        }
    }

    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    [Fact]
    public async Task CaseInputs_FoundingCase_IsTheContractOfTheCase()
    {
        await using var server = await ApiServer.StartAsync();
        var body = await server.Client.GetStringAsync("/api/case/inputs");
        var loaded = server.Services.Cases.Load(CaseRef.Default).ValueOrThrow();

        Assert.True(JsonNode.DeepEquals(Parse(ContractJson.Serialize(CaseInputsContract.Of(loaded.Case))), Parse(body)));
        Assert.Equal(3, Parse(body)["scenarios"]!.AsArray().Count);
        Assert.Contains("weight_low", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Examine_WeightsAndProbabilities_AreTheServiceExaminationWithThem()
    {
        const string weights = "syria_freedom=0,us_backing=10,russia_trade=0.5";
        const string probabilities = "no_invasion=0.1,limited_incursion=0.2,full_invasion=0.7";
        await using var server = await ApiServer.StartAsync();
        var body = await server.Client.GetStringAsync($"/api/examine?draws=1000&sensitivity=false&weights={weights}&scenario_probabilities={probabilities}");
        var plain = Parse(await server.Client.GetStringAsync("/api/examine?draws=1000&sensitivity=false"));
        var direct = (await server.Services.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default))
        {
            Draws = 1000,
            Sensitivity = false,
            Weights = weights,
            Probabilities = ProbabilityChoice.Given,
            Given = probabilities,
        })).ValueOrThrow();

        Assert.True(JsonNode.DeepEquals(Parse(ContractJson.Serialize(ExamineContract.Of(direct))), Parse(body)));
        Assert.NotEqual(plain["options"]![0]!["expected_utility"]!.GetValue<double>(), Parse(body)["options"]![0]!["expected_utility"]!.GetValue<double>());
        Assert.Empty(Parse(body)["tornado"]!.AsArray());
    }

    [Theory]
    [InlineData("weights=us_backing=heavy", "weights", "is not interest=weight")]
    [InlineData("weights=nonesuch=1", "weights", "no interest 'nonesuch'")]
    [InlineData("weights=us_backing=-1", "weights", "is not from 0 to 1000")]
    [InlineData("weights=us_backing=1e300", "weights", "is not from 0 to 1000")]
    [InlineData("weights=us_backing=NaN", "weights", "is not from 0 to 1000")]
    [InlineData("weights=us_backing=1,us_backing=2", "weights", "weighted twice")]
    [InlineData("scenario_probabilities=no_invasion=2,limited_incursion=-1,full_invasion=0", "scenario_probabilities", "")]
    [InlineData("scenario_probabilities=no_invasion=abc", "scenario_probabilities", "is not id=probability")]
    [InlineData("draws=1", "draws", "is not a whole number")]
    [InlineData("sensitivity=maybe", "sensitivity", "is not true or false")]
    public async Task Examine_BadSliderValues_AreProblemsNamingTheParameter(string query, string subject, string message)
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.GetAsync($"/api/examine?draws=500&{query}");
        var problem = Parse(await response.Content.ReadAsStringAsync())["problems"]!.AsArray()[0]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(subject, problem["subject"]!.GetValue<string>());
        Assert.Contains(message, problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem["hint"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Dyad_Weekly_PagedWithTotalAndNextLink()
    {
        await using var server = await ApiServer.StartAsync(store: _events.Store);
        var response = await server.Client.GetAsync("/api/dyad/isr/usa?by=week&limit=5");
        var body = Parse(await response.Content.ReadAsStringAsync());
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var last = Parse(await server.Client.GetStringAsync($"/api/dyad/ISR/USA?by=week&offset={total - 1}&limit=5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ISR", body["actor_a"]!.GetValue<string>());
        Assert.Equal(5, body["periods"]!.AsArray().Count);
        Assert.True(total >= 17, $"{total} weeks");
        Assert.Contains("offset=5", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Single(last["periods"]!.AsArray());
    }

    [Fact]
    public async Task DyadAlarms_SurgeInTheLastWeeks_IsTheServiceReportWithItsEvents()
    {
        await using var server = await ApiServer.StartAsync(store: _events.Store);
        var response = await server.Client.GetAsync("/api/dyad/ISR/USA/alarms?by=week&measure=events");
        var body = await response.Content.ReadAsStringAsync();
        var direct = (await server.Services.Alarms.ScanAsync(new AlarmsRequest
        {
            Dyad = new DyadSeriesSpec("ISR", "USA"),
            Measure = "events",
            Store = new StoreRef(_events.Store, true),
            By = Period.Week,
        })).ValueOrThrow();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(Parse(ContractJson.Serialize(AlarmsContract.Of(direct))), Parse(body)));
        var alarms = Parse(body)["alarms"]!.AsArray();
        Assert.NotEmpty(alarms);
        Assert.All(alarms, a => Assert.NotEmpty(a!["evidence"]!["events"]!.AsArray()));
        Assert.Equal(alarms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task DyadAlarms_MonthlyOrNoStore_AreProblems()
    {
        await using var server = await ApiServer.StartAsync(store: _events.Store);
        await using var storeless = await ApiServer.StartAsync();
        var monthly = Parse(await (await server.Client.GetAsync("/api/dyad/ISR/USA/alarms?by=month")).Content.ReadAsStringAsync());
        var none = Parse(await (await storeless.Client.GetAsync("/api/dyad/ISR/USA/alarms")).Content.ReadAsStringAsync());

        Assert.Equal("period", monthly["problems"]![0]!["subject"]!.GetValue<string>());
        Assert.Equal("store", none["problems"]![0]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task DyadEvents_TheHostileDay_ListsItsEventsMostMentionedFirstAsDataNotMarkup()
    {
        await using var server = await ApiServer.StartAsync(store: _events.Store);
        var day = EventFiles.HostileDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await server.Client.GetAsync($"/api/dyad/ISR/USA/events?from={day}&to={day}&limit=4");
        var text = await response.Content.ReadAsStringAsync();
        var body = Parse(text);
        var events = body["events"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(4, events.Count);
        Assert.True(body["total"]!.GetValue<long>() > 4);
        Assert.Equal(EventFiles.Hostile.Select(h => h.Actor1).Order(StringComparer.Ordinal), events.Select(e => e!["actor1_name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(events, e => e!["source_url"]!.GetValue<string>() == "javascript:window.__pwned='link'");
        Assert.Equal(body["total"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("/api/dyad/ISR/USA/events?to=2020-06-02", "from")]
    [InlineData("/api/dyad/ISR/USA/events?from=2020-06-02", "to")]
    [InlineData("/api/dyad/ISR/USA/events?from=2020-06-09&to=2020-06-02", "from")]
    [InlineData("/api/dyad/ISR/USA/events?from=2020-06-01&to=2020-06-02&limit=201", "limit")]
    [InlineData("/api/dyad/ISR/USA/events?from=2020-06-01&to=2020-06-02&offset=-1", "offset")]
    [InlineData("/api/dyad/ISR/USA?limit=0", "limit")]
    [InlineData("/api/dyad/ISR/USA?limit=5000", "limit")]
    [InlineData("/api/dyad/ISR/USA?offset=x", "offset")]
    [InlineData("/api/journal?limit=1001", "limit")]
    public async Task Paging_AndPeriods_OutOfRange_AreProblemsNamingTheParameter(string url, string subject)
    {
        await using var server = await ApiServer.StartAsync(store: _events.Store);
        var response = await server.Client.GetAsync(url);
        var body = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body["problems"]!.AsArray(), p => p!["subject"]?.GetValue<string>() == subject);
    }
}
