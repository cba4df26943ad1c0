using System.Text.Json;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;

namespace Fulcrum.App.Tests;

public class ExamineContractTests
{
    private static async Task<ExamineContract> Examine(int draws = 4000, ulong seed = 42)
    {
        var request = new ExamineRequest(new CaseScope(CaseRef.Default)) { Probabilities = ProbabilityChoice.Priors, Draws = draws, Seed = seed };
        var examination = (await AppFixture.Services().Examine.ExamineAsync(request)).ValueOrThrow();
        return ExamineContract.Of(examination);
    }

    [Fact]
    public async Task Of_FoundingCase_HasItsThreePlansBesideTheSixOptions()
    {
        var contract = await Examine();

        Assert.Equal(6, contract.Options.Count);
        Assert.Equal(["watch_attack_then_condemn_aid", "watch_conflict_then_condemn", "mediate_then_condemn_aid"], contract.Plans.Select(p => p.Id));
        foreach (var plan in contract.Plans)
        {
            Assert.Contains(plan.Start, contract.Options.Select(o => o.Id));
            Assert.NotEmpty(plan.Switches);
            Assert.All(plan.Switches, s => Assert.Contains(s.To, contract.Options.Select(o => o.Id)));
            Assert.Equal(["USA", "RUS"], plan.Breach.Keys);
        }
    }

    [Fact]
    public async Task Of_PlanEvsi_IsItsEuMinusTheEuOfTheOptionWatchingIsMeasuredAgainst()
    {
        var contract = await Examine();

        var against = contract.Options.Single(o => o.Id == contract.WatchingAgainst);
        Assert.True(against.Admissible);
        Assert.Equal(against.ExpectedUtility, contract.Options.Where(o => o.Admissible).Max(o => o.ExpectedUtility));
        foreach (var plan in contract.Plans) Assert.Equal(plan.Eu - against.ExpectedUtility, plan.Evsi, 12);
        var best = contract.Plans.Where(p => p.Admissible).MaxBy(p => p.Eu)!;
        Assert.Equal(best.Id, contract.BestPlan);
        Assert.Equal(best.Evsi, contract.BestPlanValue!.Value, 12);
    }

    [Fact]
    public async Task Of_Watching_NamesEachSignpostWithFireProbabilitiesAndItsEvsiIsNeverNegative()
    {
        var contract = await Examine();

        Assert.Equal(["attack_positions", "rus_ukr_conflict"], contract.Watching.Select(w => w.Signpost).Order(StringComparer.Ordinal));
        Assert.All(contract.Watching, w =>
        {
            Assert.InRange(w.Evsi, 0, 1);
            Assert.InRange(w.FireProbability, 0, 1);
        });
    }

    [Fact]
    public async Task Of_Json_HasPlansWatchingCaveatsKnifeEdgesAndTheRivalOfEverySwitchingValue()
    {
        using var doc = JsonDocument.Parse(ContractJson.Serialize(await Examine()));
        var root = doc.RootElement;

        var plan = root.GetProperty("plans")[0];
        foreach (var field in new[] { "id", "name", "start", "switches", "eu", "eu_se", "cvar10", "breach", "regret", "regret_p95", "evsi", "admissible" })
            Assert.True(plan.TryGetProperty(field, out _), $"plans[] has no {field}");
        foreach (var field in new[] { "when", "to", "probability", "cost" })
            Assert.True(plan.GetProperty("switches")[0].TryGetProperty(field, out _), $"switches[] has no {field}");
        foreach (var field in new[] { "signpost", "evsi", "fire_probability", "if_fires", "if_clears" })
            Assert.True(root.GetProperty("watching")[0].TryGetProperty(field, out _), $"watching[] has no {field}");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("recommendation").GetProperty("caveats").ValueKind);
        Assert.All(root.GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.Array, o.GetProperty("knife_edges").ValueKind));
        Assert.All(root.GetProperty("options").EnumerateArray(), o =>
        {
            var q = o.GetProperty("utility_quartiles");
            var five = new[] { "min", "q1", "median", "q3", "max" }.Select(f => q.GetProperty(f).GetDouble()).ToArray();
            Assert.Equal(five.Order(), five); // a box's numbers in order
            Assert.InRange(o.GetProperty("eu_low").GetDouble(), five[0], five[2]); // the 5th percentile below the median
        });
        Assert.Equal(root.GetProperty("recommendation").GetProperty("option").GetString(), root.GetProperty("evpi").GetProperty("against").GetString());
        var changes = root.GetProperty("switching").EnumerateArray().Where(s => s.GetProperty("value").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, s =>
        {
            Assert.Equal(JsonValueKind.String, s.GetProperty("option_b").ValueKind);
            Assert.Contains(s.GetProperty("cause").GetString(), new[] { "overtakes", "becomes_admissible", "becomes_inadmissible" });
        });
    }

    [Fact]
    public async Task Of_KnifeEdgesAndCaveats_AreTheAppraisalsOwn()
    {
        var request = new ExamineRequest(new CaseScope(CaseRef.Default)) { Probabilities = ProbabilityChoice.Priors, Draws = 4000 };
        var examination = (await AppFixture.Services().Examine.ExamineAsync(request)).ValueOrThrow();

        var contract = ExamineContract.Of(examination);

        Assert.Equal(examination.Appraisal.Recommendation.Caveats, contract.Recommendation.Caveats);
        Assert.Equal(examination.Appraisal.Options.Select(o => o.KnifeEdges.Count), contract.Options.Select(o => o.KnifeEdges.Count));
    }
}
