using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Tests.Smp;

namespace Fulcrum.Bargaining.Tests.Input;

/// <summary>KTAB's CSV layout, with the files KTAB ships (Fixtures/Ktab) and one broken copy per rule.</summary>
public class KtabCsvReaderTests
{
    private const string Head = "Scen,Test scenario,3,2,\nActor,Description,Power,P1,S1,P2,S2,\n";

    private static string Rows(string a = "A,first,10,20,30,40,50,", string b = "B,second,20,30,20,50,40,", string c = "C,third,30,40,10,60,30,")
        => $"{a}\n{b}\n{c}\n";

    [Fact]
    public void Read_DummyData3Dim_ReadsKtabFileAsShipped()
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture("dummyData_3Dim.csv")).ValueOrThrow();
        Assert.Equal("DummyData_3Dim", table.Scenario);
        Assert.Equal("Dummy scenario to test reading format", table.Description);
        Assert.Equal(["Pstn1", "Pstn2", "Pstn3"], table.Dimensions);
        Assert.Equal(7, table.ActorCount);
        var a0 = table.Actors[0];
        Assert.Equal(("SActor-00", "Random Spatial Actor", 102.543), (a0.Name, a0.Description, a0.Capability));
        Assert.Equal([75.79, 6.37, 70.45], a0.Positions);
        Assert.Equal([49.53, 5.91, 28.15], a0.Saliences);
    }

    [Fact]
    public void Read_SoePolComp_UsesPositionColumnsAsDimensionNames()
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture("SOE-Pol-Comp.csv")).ValueOrThrow();
        Assert.Equal(["Policy Position", "Competitive Position"], table.Dimensions);
        Assert.Equal(13, table.ActorCount);
        Assert.Equal(("WY", "CNOOC - Wang Yilin", 40.0), (table.Actors[12].Name, table.Actors[12].Description, table.Actors[12].Capability));
    }

    [Fact]
    public void Parse_ValidTextWithCrLfAndQuotes_Reads()
    {
        var text = (Head + Rows()).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("Test scenario", "\"Test, quoted\"", StringComparison.Ordinal);
        var table = KtabCsvReader.Parse(text, "t.csv").ValueOrThrow();
        Assert.Equal("Test, quoted", table.Description);
        Assert.Equal(3, table.ActorCount);
    }

    public static TheoryData<string, int, string> BadFiles => new()
    {
        { Head + Rows(a: "A,first,10,20,60,40,50,"), 3, "saliences of 'A' sum to 110; they must sum to at most 100" },
        { Head + Rows(a: "A,first,10,120,30,40,50,"), 3, "position of 'A' on 'P1' is 120; positions must lie in [0, 100]" },
        { Head + Rows(a: "A,first,10,-5,30,40,50,"), 3, "position of 'A' on 'P1' is -5; positions must lie in [0, 100]" },
        { Head + Rows(a: "A,first,10,20,130,40,50,"), 3, "salience of 'A' on 'P1' is 130; saliences must lie in [0, 100]" },
        { Head + Rows(a: "A,first,0,20,30,40,50,"), 3, "capability of 'A' is 0; it must be positive" },
        { Head + Rows(a: "A,first,-3,20,30,40,50,"), 3, "capability of 'A' is -3; it must be positive" },
        { Head + Rows(a: "A,first,ten,20,30,40,50,"), 3, "capability of 'A' is 'ten', not a number" },
        { Head + Rows(c: "A,third,30,40,10,60,30,"), 5, "actor 'A' appears twice (first on line 3)" },
        { Head + Rows(a: "An-actor-name-of-26-charsX,first,10,20,30,40,50,"), 3, "has 26 characters; KTAB allows at most 25" },
        { Head + Rows(a: "A,first,10,20,0,40,0,"), 3, "saliences of 'A' are all 0" },
        { Head + Rows(a: "A,first,10,20,30,40,"), 3, "actor row has 6 fields; the header needs 7" },
        { "Scen,Test,3,3,\nActor,Description,Power,P1,S1,P2,S2,\n" + Rows(), 2, "the header has 7 columns but line 1 declares 3 dimension(s), which needs 9" },
        { "Scen,Test,4,2,\nActor,Description,Power,P1,S1,P2,S2,\n" + Rows(), 1, "line 1 declares 4 actors but the file has 3 actor row(s)" },
        { "Scen,Test,2,2,\nActor,Description,Power,P1,S1,P2,S2,\n" + Rows(), 1, "number of actors is 2; KTAB needs at least 3" },
        { "Scen,Test,three,2,\n", 1, "line 1 must be 'scenario,description,nActors,nDims'" },
        { "", 0, "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadInput_ReportsLineAndRule(string text, int line, string message)
    {
        var result = KtabCsvReader.Parse(text, "bad.csv");
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("bad.csv", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.NotEmpty(problem.Hint);
    }

    [Fact]
    public void Parse_ExtraActorRow_PointsAtTheExtraLine()
    {
        var text = "Scen,Test,3,2,\nActor,Description,Power,P1,S1,P2,S2,\n" + Rows() + "D,fourth,5,50,10,50,10,\n";
        var problem = Assert.Single(KtabCsvReader.Parse(text, "x.csv").Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("declares 3 actors but this is actor row 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllSortedByLine()
    {
        var result = KtabCsvReader.Parse(Head + Rows(a: "A,first,0,20,30,40,50,", c: "C,third,30,140,10,60,30,"), "x.csv");
        Assert.Equal([3, 5], result.Problems.Select(p => p.Line));
        Assert.Equal(12, result.Problems[1].Column); // the '140' field
    }

    [Fact]
    public void Parse_NameOfExactly25Characters_IsAccepted()
    {
        var table = KtabCsvReader.Parse(Head + Rows(a: "An-actor-name-of-25-chars,first,10,20,30,40,50,"), "x.csv").ValueOrThrow();
        Assert.Equal(25, table.Actors[0].Name.Length);
    }

    [Fact]
    public void Read_MissingFile_ReportsFileNotFound()
    {
        var result = KtabCsvReader.Read("/no/such/file.csv");
        Assert.Equal("file not found", Assert.Single(result.Problems).Message);
    }
}
