using Fulcrum.App.Cases;
using Fulcrum.App.Weights;
using Fulcrum.Elicitation.Weights;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.App.Tests.Weights;

public class WeightsServiceTests
{
    private static readonly WeightsService Service = new(new CaseService());

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "weights", name);

    [Fact]
    public void AhpFromFile_NoCase_ReadsTheFileOnItsOwn()
    {
        var e = Service.AhpFromFile(new WeightsRequest(File: Fixture("saaty-1990-house.csv"))).ValueOrThrow();

        Assert.Null(e.Case);
        Assert.Null(e.Copy);
        // Saaty (1990), EJOR 48(1):9-26: financing 0.333, CR 0.169.
        Assert.Equal(0.333, e.Result.WeightOf("financing"), 3);
        Assert.Equal(0.169, e.Result.ConsistencyRatio!.Value, 3);
    }

    [Fact]
    public void AhpFromFile_OutWithoutCase_WeighsTheDefaultCase()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var output = temp.File("copy.fulcrum.yaml");

        var e = Service.AhpFromFile(new WeightsRequest(File: Fixture("israel-2022-analyst.csv"), Output: output)).ValueOrThrow();

        Assert.Equal("builtin:israel-2022", e.Copy!.From);
        var copy = CaseLoader.LoadText(File.ReadAllText(output), output).ValueOrThrow();
        // Written with four significant digits.
        foreach (var i in copy.Interests) Assert.True(Math.Abs(e.Result.WeightOf(i.Id) - i.Weight.Low) < 5e-4, i.Id);
    }

    [Fact]
    public void WriteCopy_OverASymbolicLinkToTheCase_IsRefused()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var path = temp.Write("case.fulcrum.yaml", BuiltInCases.Text(BuiltInCases.Default)!);
        var link = temp.File("link.fulcrum.yaml");
        File.CreateSymbolicLink(link, path);
        var loaded = new CaseService().Load(CaseRef.AtPath(path)).ValueOrThrow();
        var weights = ElicitedWeights.Points([.. loaded.Case.Interests.Select(i => KeyValuePair.Create(i.Id, 1.0))], "equal");

        var refused = WeightsService.WriteCopy(loaded, link, weights);

        Assert.Equal("output", Assert.Single(refused.Problems).Subject);
        Assert.Equal(BuiltInCases.Text(BuiltInCases.Default), File.ReadAllText(path));
    }

    [Fact]
    public void WriteCopy_ToAFolderThatDoesNotExist_IsAProblemNotAnException()
    {
        var loaded = new CaseService().Load(CaseRef.Default).ValueOrThrow();
        var weights = ElicitedWeights.Points([.. loaded.Case.Interests.Select(i => KeyValuePair.Create(i.Id, 1.0))], "equal");

        var failed = WeightsService.WriteCopy(loaded, Path.Combine(Path.GetTempPath(), "no-such-folder-fulcrum", "copy.yaml"), weights);

        Assert.StartsWith("cannot write", Assert.Single(failed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AhpSession_Provisional_IsNullUntilTheChainFixesEveryWeight()
    {
        var s = Service.StartAhp(new WeightsRequest()).ValueOrThrow();

        for (var k = 0; k < s.Ids.Count - 1; k++)
        {
            Assert.Null(s.Provisional());
            Assert.Null(s.Answer(s.Next!, k % 2 == 0 ? "2" : "1/2"));
        }
        var p = s.Provisional()!;

        // A chain of 2, 1/2, 2 …: the weights alternate between two values, and what the chain implies is consistent.
        for (var k = 1; k < s.Ids.Count; k++) Assert.Equal(k % 2 == 1 ? p.Weights[k - 1] / 2 : p.Weights[k - 1] * 2, p.Weights[k], 9);
        Assert.Equal(0, p.ConsistencyRatio!.Value, 9);
    }

    [Fact]
    public void AhpSession_AnswerOffTheScale_IsAProblemAndNothingRecorded()
    {
        var s = Service.StartAhp(new WeightsRequest()).ValueOrThrow();
        var q = s.Next!;

        Assert.NotNull(s.Answer(q, "10"));
        Assert.Equal(0, s.Answered);
        Assert.Equal(q, s.Next);
    }

    [Fact]
    public void SwingSession_Rank_TakesIdsOrPlacesAndTies()
    {
        var s = Service.StartSwing(new WeightsRequest()).ValueOrThrow();

        Assert.NotNull(s.Rank("us_backing, 1"));
        Assert.Null(s.Rank("2, 1, 3, 5, 4 = 6, 7"));
        Assert.Equal(["us_backing"], s.Top);
        Assert.Equal(["syria_freedom", "us_iran_coordination", "russian_speakers", "russia_trade", "rus_goodwill", "me_channel"], s.ToRate);
        Assert.NotNull(s.Rate("syria_freedom", "a lot"));
    }
}
