using Fulcrum.Events.Reference;

namespace Fulcrum.Events.Tests.Reference;

public class ReferenceTableTests
{
    [Fact]
    public void CameoEventCodes_HasGdeltsTableWithDescriptionsAndGoldstein()
    {
        // ../shared/data/cameo/CAMEO.eventcodes.txt: 310 codes; CAMEO.goldsteinscale.txt: 190 → -10, 040 → 1, 0251 → 3.
        Assert.Equal(310, CameoEventCodes.All.Count);
        Assert.Equal(-10.0, CameoEventCodes.Find("190")!.Goldstein);
        Assert.Equal(1.0, CameoEventCodes.Find("040")!.Goldstein);
        Assert.Equal("Coerce, not specified below", CameoEventCodes.Find("170")!.Description);
        Assert.Equal(QuadClasses.MaterialConflict, CameoEventCodes.Find("190")!.QuadClass);
        Assert.Equal("02", CameoEventCodes.Find("0251")!.RootCode);
    }

    [Fact]
    public void CameoGoldstein_EqualsTheScoreOnEveryRealGdeltRow()
    {
        var rows = Fixture.Gdelt2Days.SelectMany(d => Fixture.ReadAll(Fixture.Path(d)).Records).ToList();

        Assert.All(rows, r => Assert.Equal(CameoEventCodes.Find(r.EventCode!)!.Goldstein, r.GoldsteinScale));
    }

    [Fact]
    public void CameoPlover_MapsAsPloversTable()
    {
        // ../shared/data/plover/CAMEO2PLOVER-2021.txt
        Assert.Equal(new PloverMapping("ASSAULT", null, "military"), CameoPlover.Find("190"));
        Assert.Equal(new PloverMapping("CONSULT", "visit", null), CameoPlover.Find("042"));
        Assert.Equal("AGREE", CameoPlover.Find("0311")!.Category);
        Assert.Null(CameoPlover.Find("010"));  // roots 01 and 02 have no PLOVER category
        Assert.Null(CameoPlover.Find("08"));   // root 08 spans CONCEDE and RETREAT
        Assert.Equal("CONCEDE", CameoPlover.Find("080")!.Category);
        Assert.Null(CameoEventCodes.Find("020")!.Plover);
        Assert.Equal("ASSAULT", CameoEventCodes.Find("1823")!.Plover!.Category);
    }

    [Fact]
    public void ActorTypesAndKnownGroups_AreGdeltsLists()
    {
        Assert.Equal("Government", CameoActorTypes.All["GOV"]);
        Assert.Equal("Unidentified State Actor", CameoActorTypes.All["UIS"]);
        Assert.Equal(39, CameoActorTypes.All.Count); // 40 rows, UIS listed twice
        Assert.Contains("NATO", CameoKnownGroups.All["NAT"], StringComparison.Ordinal);
        Assert.True(CameoKnownGroups.All.Count > 100);
    }

    [Theory]
    [InlineData("Executive,Foreign Ministry,Government", "GOV")]
    [InlineData("Elite,Government,Military", "MIL")]
    [InlineData("Government,Police", "COP")]
    [InlineData("Protestors / Popular Opposition / Mobs,Dissident", "OPP")]
    [InlineData("Education Ministry", "GOV")]
    [InlineData("Consumer Goods Business", "BUS")]
    [InlineData("Hindu", null)]
    [InlineData(null, null)]
    public void IcewsSectors_TypeOf_TakesTheHighestPrioritySector(string? sectors, string? type) =>
        Assert.Equal(type, IcewsSectors.TypeOf(sectors));

    [Theory]
    [InlineData("RUS", "RUS", null, true)]
    [InlineData("RUSGOV", "RUS", "GOV", true)]
    [InlineData("USAMIL", "USA", "MIL", true)]
    [InlineData("RUSBUS", "RUS", "BUS", false)]
    [InlineData("NAT", null, "IGO", false)]
    public void StateActors_IsState_TheCountryItselfOrAStateInstitution(string code, string? country, string? type, bool state) =>
        Assert.Equal(state, StateActors.IsState(code, country, type));
}
