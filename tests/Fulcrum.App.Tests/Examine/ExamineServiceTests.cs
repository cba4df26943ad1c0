using System.Security.Cryptography;
using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Tests;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Sources;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Examine;

/// <summary>The examination driven without a host, on the founding case and its shipped data.</summary>
public class ExamineServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly FakeTimeProvider Clock = new(Now);
    private static readonly FulcrumServices Services = new(new DuckDbEventStoreFactory(Clock), Clock);

    private static ExamineRequest Request(DateOnly? asOf = null, IReadOnlyList<SourceBinding>? sources = null) =>
        new(new CaseScope(CaseRef.Default, null, asOf, sources)) { Draws = 2_000 };

    [Fact]
    public async Task Examine_FoundingCaseAsOfDecember_UsesExactlyTheSignpostsPosterior()
    {
        var asOf = new DateOnly(2021, 12, 1);
        var examined = (await Services.Examine.ExamineAsync(Request(asOf))).ValueOrThrow();
        var signposts = (await Services.Signposts.EvaluateAsync(new CaseScope(CaseRef.Default, null, asOf))).ValueOrThrow();

        var posterior = signposts.Report.Update.Scenarios.ToDictionary(s => s.Id, s => s.Posterior);
        Assert.All(examined.Appraisal.Scenarios, s => Assert.Equal(posterior[s.Id], s.Probability));
        Assert.Equal(asOf, examined.Signposts!.AsOf);
        Assert.Contains(examined.Signposts.Readings, r => r.Fired);
        Assert.Equal("signposts as of 2021-12-01", examined.Appraisal.ProbabilitySource);
    }

    [Fact]
    public async Task Examine_Identity_NamesVersionCaseDigestSeedDrawsDataAndTheClocksTime()
    {
        var examined = (await Services.Examine.ExamineAsync(Request() with { Seed = 7 })).ValueOrThrow();
        var id = examined.Identity;

        var caseBytes = System.Text.Encoding.UTF8.GetBytes(BuiltInCases.Text(BuiltInCases.Default)!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(caseBytes)), id.CaseSha256);
        Assert.Equal("israel-2022", id.CaseId);
        Assert.Equal("builtin:israel-2022", id.CaseOrigin);
        Assert.Equal(FulcrumVersion.Text, id.FulcrumVersion);
        Assert.Equal(new DateOnly(2022, 1, 5), id.AsOf);
        Assert.Equal((7UL, 2_000), (id.Seed!.Value, id.Draws!.Value));
        Assert.Equal(Now, id.Ran);
        var shipped = Assert.Single(id.Data.Series, s => s.Reference == ShippedSeries.Name);
        Assert.False(shipped.Rebound);
        Assert.Matches("^[0-9a-f]{64}$", shipped.Sha256!);
        Assert.Null(id.Data.Store);
    }

    [Fact]
    public async Task Examine_SameRequestTwice_GivesTheSameNumbers()
    {
        var a = (await Services.Examine.ExamineAsync(Request())).ValueOrThrow().Appraisal;
        var b = (await Services.Examine.ExamineAsync(Request() with { Cores = 1 })).ValueOrThrow().Appraisal;
        Assert.Equal(a.Options.Select(o => o.ExpectedUtility), b.Options.Select(o => o.ExpectedUtility));
        Assert.Equal(a.Recommendation.Option, b.Recommendation.Option);
    }

    [Fact]
    public async Task Examine_SourceRebound_ReadsTheBoundFileAndRecordsItWithItsDigest()
    {
        using var temp = Fixture.Temp();
        // The shipped scores with RUS-UKR made calm: the signpost reading it can no longer fire.
        var calm = ShippedSeries.Write(temp.File("calm.csv"), value: (series, _, v) => series == "RUS-UKR" ? 10 : v);
        var asOf = new DateOnly(2021, 12, 1);

        var shipped = (await Services.Examine.ExamineAsync(Request(asOf))).ValueOrThrow();
        var rebound = (await Services.Examine.ExamineAsync(Request(asOf, [new SourceBinding(ShippedSeries.Name, calm)]))).ValueOrThrow();

        Assert.True(shipped.Signposts!.Readings.Single(r => r.Id == "rus_ukr_conflict").Fired);
        Assert.False(rebound.Signposts!.Readings.Single(r => r.Id == "rus_ukr_conflict").Fired);
        var read = Assert.Single(rebound.Identity.Data.Series, s => s.Reference == ShippedSeries.Name);
        Assert.Equal((calm, true), (read.Path, read.Rebound));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(calm))), read.Sha256);
        Assert.Equal([new SourceBinding(ShippedSeries.Name, calm)], rebound.Identity.Data.Sources);
    }

    [Fact]
    public async Task Examine_BoundFileMissing_IsAProblemNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"fulcrum-missing-{Guid.NewGuid():N}.csv");
        var result = await Services.Examine.ExamineAsync(Request(null, [new SourceBinding(ShippedSeries.Name, missing)]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Contains("no such file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Examine_BindingANameTheCaseDoesNotRead_IsAProblemListingWhatItReads()
    {
        using var temp = Fixture.Temp();
        var file = ShippedSeries.Write(temp.File("s.csv"));
        var result = await Services.Examine.ExamineAsync(Request(null, [new SourceBinding("builtin:gdelt-dyad", file)]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(Subjects.Source, problem.Subject);
        Assert.Contains(ShippedSeries.Name, problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Examine_AsOfBeyondTheData_IsRefused_AndAllowedOnBoundDataThatReachIt()
    {
        var beyond = ShippedSeries.Last().AddDays(30);
        var refused = await Services.Examine.ExamineAsync(Request(beyond));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(Subjects.AsOf, problem.Subject);
        Assert.Equal($"{{as_of}} {beyond:yyyy-MM-dd} is after the case's as_of 2022-01-05, and the signposts' data read reach {ShippedSeries.Last():yyyy-MM-dd}", problem.Message);

        using var temp = Fixture.Temp();
        var newer = ShippedSeries.Write(temp.File("newer.csv"), days: 60);
        var allowed = (await Services.Examine.ExamineAsync(Request(beyond, [new SourceBinding(ShippedSeries.Name, newer)]))).ValueOrThrow();
        Assert.Equal(beyond, allowed.Identity.AsOf);
        Assert.Equal(beyond, allowed.Signposts!.AsOf);
        Assert.True(allowed.Identity.Data.Through >= beyond);
    }

    [Fact]
    public async Task Examine_Priors_ReadsNoSignpostsAndSaysSo()
    {
        var examined = (await Services.Examine.ExamineAsync(Request() with { Probabilities = ProbabilityChoice.Priors })).ValueOrThrow();
        Assert.Null(examined.Signposts);
        Assert.All(examined.Appraisal.Scenarios, s => Assert.Equal(s.Prior, s.Probability));
    }

    [Fact]
    public async Task Examine_SignpostsThatCannotBeJudged_AreSaidAsDegradedWithTheirReasons()
    {
        var examined = (await Services.Examine.ExamineAsync(Request(new DateOnly(2021, 12, 1)))).ValueOrThrow();

        Assert.Equal(
            ["signpost talks_jan10 cannot be judged: no observation recorded",
             "signpost attack_positions cannot be judged: the first observation is dated 2022-01-05, after as_of 2021-12-01"],
            examined.Degraded);
        var json = Fulcrum.App.Contracts.ContractJson.Serialize(Fulcrum.App.Contracts.ExamineContract.Of(examined));
        Assert.Contains("\"degraded\": true", json, StringComparison.Ordinal);
        var priors = (await Services.Examine.ExamineAsync(Request() with { Probabilities = ProbabilityChoice.Priors })).ValueOrThrow();
        Assert.Empty(priors.Degraded);
    }
}
