using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Tests.Smp;

namespace Fulcrum.Bargaining.Tests.Input;

/// <summary>KTAB's XML scenario layout: the files KTAB ships (Fixtures/Ktab) and broken variants.</summary>
public class KtabXmlReaderTests
{
    private static string Actor(string name, double cap = 50, string pos = "<dCoord>40</dCoord><dCoord>60</dCoord>", string sal = "<dSal>30</dSal><dSal>20</dSal>") =>
        $"<Actor><name>{name}</name><description>d</description><capability>{cap}</capability><Position>{pos}</Position><Salience>{sal}</Salience></Actor>";

    private static string Xml(string parameters = "", string actors = "", string adjust = "") =>
        "<?xml version=\"1.0\"?>\n<Scenario>\n<name>S</name><desc>D</desc><prngSeed>42</prngSeed>\n" + parameters +
        "\n<Dimensions><dName>X</dName><dName>Y</dName></Dimensions>\n<Actors>\n" +
        (actors.Length > 0 ? actors : Actor("A") + "\n" + Actor("B", 60) + "\n" + Actor("C", 70)) +
        "\n</Actors>\n" + adjust + "</Scenario>";

    private const string AllNine =
        "<ModelParameters><VictoryProbModel>Square</VictoryProbModel><PCEModel>MarkovUniform</PCEModel><StateTransitions>Deterministic</StateTransitions>" +
        "<VotingRule>Binary</VotingRule><BigRAdjust>None</BigRAdjust><BigRRange>Max</BigRRange><ThirdPartyCommit>FullCommit</ThirdPartyCommit>" +
        "<InterVecBrgn>S2PMax</InterVecBrgn><BargnModel>PWCompInterp</BargnModel></ModelParameters>";

    [Fact]
    public void Read_DummyData3DimXml_DefaultsAndSeedAndSameRunAsCsv()
    {
        var scenario = KtabXmlReader.Read(KtabReference.Fixture("dummyData_3Dim.xml")).ValueOrThrow();
        Assert.Equal(3707583219545544125UL, scenario.Seed);
        Assert.Equal(new SmpParameters(), scenario.Parameters);
        var csv = KtabCsvReader.Read(KtabReference.Fixture("dummyData_3Dim.csv")).ValueOrThrow();
        var settings = new BargainRunSettings(SmpParameters.KtabDefaultSeed);
        var fromXml = new SmpModel(scenario.Parameters).Run(scenario.Actors, settings);
        var fromCsv = new SmpModel().Run(csv, settings);
        Assert.Equal(fromCsv.Turns[^1].Positions.SelectMany(x => x), fromXml.Turns[^1].Positions.SelectMany(x => x));
    }

    [Fact]
    public void Read_SmpExampleAsShipped_FailsOnTheBlankCoordinate()
    {
        // KTAB commit 13ed507 blanked Alice's first <dCoord>; KTAB then fails without saying where.
        var result = KtabXmlReader.Read(KtabReference.Fixture("smpExample.xml"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(32, problem.Line);
        Assert.Equal("position of 'Alice' on 'FirstDim' is empty (<dCoord> 1 of 3)", problem.Message);
        Assert.Contains("0–100", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SmpExampleFixed_ReadsParametersSeedAndAccommodation()
    {
        var s = KtabXmlReader.Read(KtabReference.Fixture("smpExample-fixed.xml")).ValueOrThrow();
        Assert.Equal(3507583219545544127UL, s.Seed);
        Assert.Equal((VotingRule.PropCbc, PceModel.MarkovIncentive, StateTransition.Stochastic),
            (s.Parameters.VotingRule, s.Parameters.PceModel, s.Parameters.StateTransition));
        Assert.Equal(6, s.Parameters.Accommodation.Count);
        Assert.Equal(new IdealAdjustment("Bob", "Alice", 0.07), s.Parameters.Accommodation[2]);
        Assert.Equal(["Alice", "Bob", "Carol", "David", "Ellie"], s.Actors.Actors.Select(a => a.Name));
        Assert.Equal([52.8, 39.8, 39.6], s.Actors.Actors[0].Positions);
    }

    [Fact]
    public void Parse_AllNineParameters_ReadsEachByKtabName()
    {
        var p = KtabXmlReader.Parse(Xml(AllNine), "x.xml").ValueOrThrow().Parameters;
        Assert.Equal(new SmpParameters
        {
            VictoryProbModel = VictoryProbModel.Square,
            PceModel = PceModel.MarkovUniform,
            VotingRule = VotingRule.Binary,
            BigRAdjust = BigRAdjust.NoAdjust,
            BigRRange = BigRRange.Max,
            ThirdPartyCommit = ThirdPartyCommit.FullCommit,
            InterVecBargain = InterVecBargain.S2PMax,
            BargainModel = BargainModel.PWCompInterp,
        }, p);
    }

    public static TheoryData<string, string> BadScenarios => new()
    {
        { Xml(AllNine.Replace("Binary</VotingRule>", "Proportional</VotingRule>", StringComparison.Ordinal)), "<VotingRule> is 'Proportional', not a KTAB VotingRule" },
        { Xml(AllNine.Replace("<BigRRange>Max</BigRRange>", "", StringComparison.Ordinal)), "<ModelParameters> has no <BigRRange>" },
        { Xml(actors: Actor("A") + Actor("B") + Actor("A")), "actor 'A' appears twice" },
        { Xml(actors: Actor("A") + Actor("B")), "the scenario has 2 <Actor> element(s); KTAB needs at least 3" },
        { Xml(actors: Actor("A", 0) + Actor("B") + Actor("C")), "capability of 'A' is 0; it must be positive" },
        { Xml(actors: Actor("A", pos: "<dCoord>40</dCoord>") + Actor("B") + Actor("C")), "'A' has 1 <dCoord> in <Position> but the scenario declares 2 dimension(s)" },
        { Xml(actors: Actor("A", pos: "<dCoord>140</dCoord><dCoord>1</dCoord>") + Actor("B") + Actor("C")), "position of 'A' on 'X' is 140" },
        { Xml(actors: Actor("A", sal: "<dSal>70</dSal><dSal>40</dSal>") + Actor("B") + Actor("C")), "saliences of 'A' sum to 110" },
        { Xml(actors: Actor("A", pos: "<dCoord>x</dCoord><dCoord>1</dCoord>") + Actor("B") + Actor("C")), "position of 'A' on 'X' is 'x', not a number" },
        { Xml(adjust: "<IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>Zed</referencePos><adjust>0.1</adjust></iaPair></IdealAdjustment>"), "<referencePos> is 'Zed', which is not an actor" },
        { Xml(adjust: "<IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos><adjust>1.5</adjust></iaPair></IdealAdjustment>"), "<adjust> is '1.5'; it must be a number in [0, 1]" },
        { Xml(adjust: "<IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos><adjust>0.2</adjust></iaPair></IdealAdjustment>"), "the <adjust> rates of 'A' sum to 1.2" },
        { Xml().Replace("<prngSeed>42", "<prngSeed>-1", StringComparison.Ordinal), "<prngSeed> is '-1', not a whole number" },
        { "<Scenario><name>S</name>", "not well-formed XML" },
        { "<Model/>", "the root element is <Model>" },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Parse_BadScenario_ReportsTheRule(string xml, string message)
    {
        var result = KtabXmlReader.Parse(xml, "bad.xml");
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("bad.xml", problem.File);
        Assert.True(problem.Line > 0, problem.ToString());
        Assert.NotEmpty(problem.Hint);
    }

    [Fact]
    public void Parse_OwnEntryLeavesRoom_AccommodationAccepted()
    {
        var adjust = "<IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos><adjust>0.2</adjust></iaPair>" +
                     "<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>A</referencePos><adjust>0.7</adjust></iaPair></IdealAdjustment>";
        Assert.Equal(2, KtabXmlReader.Parse(Xml(adjust: adjust), "x.xml").ValueOrThrow().Parameters.Accommodation.Count);
    }
}
